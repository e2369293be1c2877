//! Which packs the server has newer than what is installed, and how to get each one.

use mirai_pack::{Index, IndexEntry, Offered};

/// How an update travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A delta from the installed version, applied to the installed pack file.
    Delta,
    /// The whole pack.
    Full,
}

/// A pack the server offers that is not installed, or newer than the installed version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The index entry: pack id, version, title, languages, the full file and its deltas.
    pub entry: IndexEntry,
    /// The installed version, if any.
    pub installed: Option<u64>,
    /// The delta from the installed version, when the server has one.
    pub delta: Option<Offered>,
}

impl Offer {
    /// The way that costs fewer bytes.
    pub fn route(&self) -> Route {
        match &self.delta {
            Some(delta) if delta.size < self.entry.file.size => Route::Delta,
            _ => Route::Full,
        }
    }

    /// The bytes the chosen route downloads.
    pub fn download_size(&self) -> u64 {
        match (self.route(), &self.delta) {
            (Route::Delta, Some(delta)) => delta.size,
            _ => self.entry.file.size,
        }
    }
}

/// What `index` offers beyond `installed` (pack id and version of each installed pack):
/// updates first, then packs not installed, each group by pack id.
pub fn offers(index: &Index, installed: &[(String, u64)]) -> Vec<Offer> {
    let mut offers: Vec<Offer> = index
        .packs
        .iter()
        .filter_map(|entry| {
            let installed =
                installed.iter().find(|(id, _)| id.as_str() == entry.pack_id.as_str()).map(|(_, version)| *version);
            if installed.is_some_and(|version| version >= entry.version) {
                return None;
            }
            let delta = installed
                .and_then(|version| entry.deltas.iter().find(|(from, _)| *from == version))
                .map(|(_, delta)| delta.clone());
            Some(Offer { entry: entry.clone(), installed, delta })
        })
        .collect();
    offers.sort_by(|a, b| {
        (a.installed.is_none(), a.entry.pack_id.as_str()).cmp(&(b.installed.is_none(), b.entry.pack_id.as_str()))
    });
    offers
}

#[cfg(test)]
mod tests {
    use super::*;
    use mirai_pack::{PackId, PackPath};
    use proptest::prelude::*;

    fn offered(name: &str, size: u64) -> Offered {
        Offered { path: PackPath::parse(name).expect("path"), size, sha256: [0; 32] }
    }

    fn entry(id: &str, version: u64, size: u64, deltas: &[(u64, u64)]) -> IndexEntry {
        IndexEntry {
            pack_id: PackId::parse(id).expect("id"),
            version,
            title: Default::default(),
            languages: Vec::new(),
            file: offered(&format!("{id}-{version}.mpk"), size),
            deltas: deltas
                .iter()
                .map(|(from, size)| (*from, offered(&format!("{id}-{from}-{version}.mpd"), *size)))
                .collect(),
        }
    }

    fn index(packs: Vec<IndexEntry>) -> Index {
        Index { version: 1, created_at: "2026-11-23".parse().expect("date"), packs }
    }

    #[test]
    fn a_delta_from_the_installed_version_is_chosen_and_other_deltas_are_not() {
        let index = index(vec![entry("default", 3, 1000, &[(1, 300), (2, 50)])]);
        let found = offers(&index, &[("default".into(), 2)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].route(), Route::Delta);
        assert_eq!(found[0].download_size(), 50);

        let from_one = offers(&index, &[("default".into(), 1)]);
        assert_eq!(from_one[0].download_size(), 300);
    }

    #[test]
    fn without_a_matching_delta_the_full_pack_is_offered() {
        let index = index(vec![entry("default", 3, 1000, &[(1, 300)])]);
        let found = offers(&index, &[("default".into(), 2)]);
        assert_eq!((found[0].route(), found[0].download_size()), (Route::Full, 1000));
    }

    #[test]
    fn installed_and_newer_installed_packs_are_not_offered_and_new_packs_come_last() {
        let index = index(vec![entry("alpha", 1, 10, &[]), entry("beta", 2, 10, &[]), entry("gamma", 5, 10, &[])]);
        let found = offers(&index, &[("beta".into(), 2), ("gamma".into(), 4)]);
        let ids: Vec<_> = found.iter().map(|o| (o.entry.pack_id.as_str().to_owned(), o.installed)).collect();
        assert_eq!(ids, vec![("gamma".to_owned(), Some(4)), ("alpha".to_owned(), None)]);
    }

    proptest! {
        #[test]
        fn the_chosen_route_never_costs_more_than_the_full_pack(
            full in 1u64..1_000_000,
            delta in 1u64..2_000_000,
            installed in 1u64..5,
        ) {
            let index = index(vec![entry("default", 5, full, &[(installed, delta)])]);
            let found = offers(&index, &[("default".into(), installed)]);
            prop_assert_eq!(found.len(), 1);
            prop_assert!(found[0].download_size() <= full);
            prop_assert_eq!(found[0].download_size(), delta.min(full));
        }
    }
}
