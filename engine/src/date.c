/*
 * date.c -- calendar dates as YYYYMMDD integers, which compare as dates do.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

int pc_date_parse(const char *s, pc_date *out)
{
    if (!s)
        return -1;
    for (int i = 0; i < 10; i++) {
        char c = s[i];
        if (i == 4 || i == 7) {
            if (c != '-')
                return -1;
        } else if (c < '0' || c > '9') {
            return -1;
        }
    }
    if (s[10] != '\0')
        return -1;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    *out = PC_DATE(y, m, d);
    return 0;
}

void pc_date_format(pc_date d, char out[11])
{
    /* by hand, two digits at a time: it runs for every record of a batch */
    unsigned y, m, day;
    if (d >= 0) {
        unsigned u = (unsigned)d;
        y = u / 10000 % 10000u, m = u / 100 % 100, day = u % 100;
    } else {
        y = (unsigned)(d / 10000) % 10000u, m = (unsigned)(d / 100 % 100) % 100u, day = (unsigned)(d % 100) % 100u;
    }
    memcpy(out, pc_digit_pairs + y / 100 * 2, 2);
    memcpy(out + 2, pc_digit_pairs + y % 100 * 2, 2);
    out[4] = '-';
    memcpy(out + 5, pc_digit_pairs + m * 2, 2);
    out[7] = '-';
    memcpy(out + 8, pc_digit_pairs + day * 2, 2);
    out[10] = '\0';
}

pc_date pc_date_today(void)
{
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    return PC_DATE(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

long pc_date_days(pc_date d)
{
    /* days from civil (H. Hinnant's algorithm), 1970-01-01 is 0 */
    long y = d / 10000, m = d / 100 % 100, day = d % 100;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
