plan{}subsidy{params = {money_param("")}}
