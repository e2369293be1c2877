//! The "Wi-Fi only" rule: what kind of connection is up, and whether a download may use it.

/// The kind of connection the device has, as far as the OS tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// Wi-Fi or a cable, not marked as metered.
    Unmetered,
    /// Mobile data, a phone's hotspot, or a connection the user marked as metered.
    Metered,
    /// The OS does not say (no NetworkManager, or a platform where this is not asked yet).
    Unknown,
}

/// What the "Wi-Fi only" rule says about a download now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Go ahead.
    Go,
    /// "Wi-Fi only" is on and the connection is metered: wait, unless the user says otherwise.
    WaitForWifi,
    /// "Wi-Fi only" is on and the connection's kind is unknown: ask the user first.
    Ask,
}

/// The rule itself. A user who taps "download anyway" overrides it for that one download.
pub fn permission(wifi_only: bool, network: Network) -> Permission {
    match (wifi_only, network) {
        (false, _) | (true, Network::Unmetered) => Permission::Go,
        (true, Network::Metered) => Permission::WaitForWifi,
        (true, Network::Unknown) => Permission::Ask,
    }
}

/// Asks the OS what kind of connection is up. Blocking (a D-Bus round trip on Linux): call it
/// off the UI thread.
pub fn network() -> Network {
    #[cfg(target_os = "linux")]
    {
        network_manager::network()
    }
    #[cfg(not(target_os = "linux"))]
    {
        Network::Unknown
    }
}

/// NetworkManager's view of the primary connection: its `Metered` property (NMMetered: 0
/// unknown, 1 yes, 2 no, 3 guessed yes, 4 guessed no) and, when that is unknown, the
/// connection type.
pub(crate) fn from_network_manager(metered: u32, primary_type: &str) -> Network {
    match metered {
        1 | 3 => Network::Metered,
        2 | 4 => Network::Unmetered,
        _ => match primary_type {
            "802-11-wireless" | "802-3-ethernet" => Network::Unmetered,
            "gsm" | "cdma" | "bluetooth" | "wimax" => Network::Metered,
            _ => Network::Unknown,
        },
    }
}

#[cfg(target_os = "linux")]
mod network_manager {
    use super::{Network, from_network_manager};

    const SERVICE: &str = "org.freedesktop.NetworkManager";

    pub(super) fn network() -> Network {
        ask().unwrap_or_else(|error| {
            tracing::debug!(%error, "NetworkManager not reachable; the connection kind is unknown");
            Network::Unknown
        })
    }

    fn ask() -> zbus::Result<Network> {
        let bus = zbus::blocking::Connection::system()?;
        let manager = zbus::blocking::Proxy::new(&bus, SERVICE, "/org/freedesktop/NetworkManager", SERVICE)?;
        let metered: u32 = manager.get_property("Metered")?;
        let primary_type: String = manager.get_property("PrimaryConnectionType").unwrap_or_default();
        Ok(from_network_manager(metered, &primary_type))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wifi_only_waits_on_metered_asks_when_unknown_and_lets_wifi_through() {
        assert_eq!(permission(true, Network::Unmetered), Permission::Go);
        assert_eq!(permission(true, Network::Metered), Permission::WaitForWifi);
        assert_eq!(permission(true, Network::Unknown), Permission::Ask);
        for network in [Network::Unmetered, Network::Metered, Network::Unknown] {
            assert_eq!(permission(false, network), Permission::Go);
        }
    }

    #[test]
    fn network_manager_values_are_read_with_the_metered_flag_first() {
        assert_eq!(from_network_manager(1, "802-11-wireless"), Network::Metered);
        assert_eq!(from_network_manager(3, "802-11-wireless"), Network::Metered);
        assert_eq!(from_network_manager(2, "gsm"), Network::Unmetered);
        assert_eq!(from_network_manager(4, "gsm"), Network::Unmetered);
        assert_eq!(from_network_manager(0, "802-11-wireless"), Network::Unmetered);
        assert_eq!(from_network_manager(0, "gsm"), Network::Metered);
        assert_eq!(from_network_manager(0, ""), Network::Unknown);
        assert_eq!(from_network_manager(9, "vpn"), Network::Unknown);
    }
}
