use std::fmt;
use std::str::FromStr;

/// A country as an ISO 3166-1 alpha-2 code (`VN`, `PH`, `MM`). Names are not stored: the UI
/// shows each code in the reader's language, so one stored value serves all nine languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

/// Text that is not an assigned ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 3166-1 alpha-2 country code")]
pub struct InvalidCountryCode;

/// The officially assigned ISO 3166-1 alpha-2 codes, sorted for binary search.
const ASSIGNED: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD",
    "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA",
    "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
    "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
    "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
    "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA",
    "ZM", "ZW",
];

impl CountryCode {
    /// Every assigned code, for pickers.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        ASSIGNED.iter().map(|code| CountryCode::from_table(code))
    }

    /// Only for entries of `ASSIGNED`, which are two ASCII letters each.
    fn from_table(code: &str) -> CountryCode {
        let b = code.as_bytes();
        CountryCode([b[0], b[1]])
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        // Only ever built from ASCII letters in `ASSIGNED`.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl FromStr for CountryCode {
    type Err = InvalidCountryCode;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ASSIGNED.binary_search(&text).map(|i| CountryCode::from_table(ASSIGNED[i])).map_err(|_| InvalidCountryCode)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_complete() {
        assert!(ASSIGNED.windows(2).all(|w| w[0] < w[1]), "ASSIGNED must be sorted and unique");
        assert_eq!(ASSIGNED.len(), 249, "ISO 3166-1 assigns 249 alpha-2 codes");
    }

    #[test]
    fn sending_countries_parse_and_junk_does_not() {
        for code in ["VN", "PH", "ID", "MM", "NP", "CN", "BR", "PE", "KH", "LK", "MN", "UZ", "BD", "IN", "TH"] {
            assert_eq!(code.parse::<CountryCode>().map(|c| c.to_string()), Ok(code.to_string()));
        }
        for bad in ["vn", "XX", "V", "VNM", "", "UK", "EU"] {
            assert!(bad.parse::<CountryCode>().is_err(), "{bad:?}");
        }
    }
}
