/*
 * gen.c -- deterministic synthetic enterprise records for the benchmark:
 * the same N and seed give the same bytes.  Spread over the five plans'
 * jurisdictions and elsewhere, with valid GB 32100-2015 credit codes.
 *
 *   gen N [jsonl|csv] [seed] [FROM-TO]   (data years, default 2017-2024)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state;

static uint64_t next(void)
{
    /* xorshift64*: fast, and enough for spreading test data */
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
}

static int pick(int n)
{
    return (int)(next() % (uint64_t)n);
}

static const char *const regions[] = {
    /* Dalian (more weight: its plan has the most enterprise rules) */
    "210202", "210203", "210204", "210211", "210212", "210213", "210214", "210281", "210283",
    /* Guangzhou, Harbin, Zoucheng, Jilin */
    "440106", "440104", "230103", "230102", "370883", "220104", "220102", "220202",
    /* elsewhere: no plan covers them */
    "110105", "310115", "320106"};

static const char *const industries[] = {
    "biomedicine", "biochemical", "electronic_information", "new_materials", "new_energy",
    "new_energy_vehicles", "advanced_equipment", "energy_saving", "culture", "tourism", "other"};

static const char *const levels[] = {"none", "none", "none", "municipal", "provincial", "national"};

static const char *const names[] = {"科技", "数控", "生物", "新材料", "电子", "能源", "装备", "信息"};

static void credit_code(char out[19], const char *region)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    out[0] = '9';
    out[1] = '1';
    memcpy(out + 2, region, 6);
    for (int i = 8; i < 17; i++)
        out[i] = alphabet[pick(31)];
    int sum = 0;
    for (int i = 0; i < 17; i++)
        sum += (int)(strchr(alphabet, out[i]) - alphabet) * weights[i];
    int c = 31 - sum % 31;
    out[17] = alphabet[c == 31 ? 0 : c];
    out[18] = '\0';
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000;
    int csv = argc > 2 && strcmp(argv[2], "csv") == 0;
    state = argc > 3 ? strtoull(argv[3], NULL, 10) : 20261121;
    if (!state)
        state = 1;
    /* data years: FROM-TO (default 2017-2024), to fit the plans in force */
    int year_from = 2017, year_to = 2024;
    if (argc > 4 && (sscanf(argv[4], "%d-%d", &year_from, &year_to) != 2 || year_to < year_from)) {
        fprintf(stderr, "gen: years are FROM-TO, e.g. 2016-2018\n");
        return 64;
    }
    if (csv)
        puts("id,name,region,industry,year,is_high_tech,is_sme,is_state_owned,is_specialized_new,"
             "ip_advantage_level,invention_grants_domestic,invention_grants_foreign,pct_applications,"
             "valid_invention_patents,registered_trademarks,ip_full_time_staff,ip_pledge_loan_yuan,"
             "uses_patent_info_services");
    for (long i = 0; i < n; i++) {
        const char *region = regions[pick(sizeof regions / sizeof *regions)];
        char id[19];
        credit_code(id, region);
        const char *ind = industries[pick(11)];
        int high = pick(3) == 0, sme = pick(4) != 0, soe = pick(10) == 0, spec = pick(5) == 0;
        const char *lvl = levels[pick(6)];
        int dom = pick(4) ? pick(6) : 0, frn = pick(6) == 0 ? pick(3) : 0, pct = pick(8) == 0 ? pick(4) : 0;
        int valid = dom * 3 + pick(40), tm = pick(30), staff = pick(4);
        long loan_fen = pick(3) == 0 ? (long)pick(500000) * 1000 + pick(100) : 0;
        int info = pick(2);
        char name[96];
        snprintf(name, sizeof name, "示例%s有限公司%ld", names[pick(8)], i);
        if (csv)
            printf("%s,%s,%s,%s,%d,%s,%s,%s,%s,%s,%d,%d,%d,%d,%d,%d,%ld.%02ld,%s\n", id, name, region, ind, year_from + pick(year_to - year_from + 1),
                   high ? "true" : "false", sme ? "true" : "false", soe ? "true" : "false", spec ? "true" : "false", lvl,
                   dom, frn, pct, valid, tm, staff, loan_fen / 100, loan_fen % 100, info ? "true" : "false");
        else
            printf("{\"id\":\"%s\",\"name\":\"%s\",\"region\":\"%s\",\"industry\":\"%s\",\"year\":%d,\"is_high_tech\":%s,"
                   "\"is_sme\":%s,\"is_state_owned\":%s,\"is_specialized_new\":%s,\"ip_advantage_level\":\"%s\","
                   "\"invention_grants_domestic\":%d,\"invention_grants_foreign\":%d,\"pct_applications\":%d,"
                   "\"valid_invention_patents\":%d,\"registered_trademarks\":%d,\"ip_full_time_staff\":%d,"
                   "\"ip_pledge_loan_yuan\":%ld.%02ld,\"uses_patent_info_services\":%s}\n",
                   id, name, region, ind, year_from + pick(year_to - year_from + 1), high ? "true" : "false", sme ? "true" : "false",
                   soe ? "true" : "false", spec ? "true" : "false", lvl, dom, frn, pct, valid, tm, staff, loan_fen / 100,
                   loan_fen % 100, info ? "true" : "false");
    }
    return 0;
}
