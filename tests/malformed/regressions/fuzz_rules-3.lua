plan{}subsidy{params={}}
