//! Sync as the Settings screen shows it, and the pairing code it shows to link another device.

use mirai_sync::device::SyncState;
use mirai_sync::pairing::Offer;
use serde::Serialize;
use ts_rs::TS;

use crate::error::AppError;

/// The sync server, "Wi-Fi only", and where the background sync stands.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusDto {
    /// The sync server's address, if one is set.
    pub server: Option<String>,
    /// Whether sync waits for Wi-Fi.
    pub wifi_only: bool,
    /// Where sync stands now.
    pub state: SyncStateDto,
    /// Shared submissions still waiting to be sent.
    pub waiting: u32,
    /// When everything waiting was last seen stored on the server, in seconds since 1970.
    #[ts(type = "number | null")]
    pub last_synced: Option<i64>,
    /// Whether this device redeemed another device's pairing code at this server, and so acts
    /// for that device's account.
    pub linked: bool,
}

/// A pairing code this device got for another one: read aloud, typed, or scanned.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PairingCodeDto {
    /// The code: 8 letters and digits, upper case (the UI groups it in fours).
    pub code: String,
    /// Seconds until the server forgets it.
    pub expires_in: u32,
    /// The QR code of the invitation (`mirai-pair:<code>?server=<sync URL>`).
    pub qr: QrDto,
}

/// A QR code as the UI draws it, as SVG without any image or inline script: one path of the
/// dark modules in a square of `size` modules, the 4-module quiet zone included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct QrDto {
    /// Modules on a side, the quiet zone included: the SVG's `viewBox` is `0 0 size size`.
    pub size: u32,
    /// The dark modules as an SVG path, one rectangle per run of dark modules in a row.
    pub path: String,
}

/// Light modules around a QR code, as the standard asks, so a camera finds its edges.
const QUIET_ZONE: usize = 4;

impl QrDto {
    /// `text` as a QR code with medium error correction (a screen photographed at an angle).
    /// Only a sync server address of thousands of characters makes an invitation too long.
    pub fn of(text: &str) -> Result<QrDto, AppError> {
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)
            .map_err(|_| AppError::SyncServerUrl)?;
        let width = code.width();
        let colors = code.to_colors();
        let mut path = String::new();
        for (y, row) in colors.chunks(width).enumerate() {
            let mut x = 0;
            while x < width {
                let run = row[x..].iter().take_while(|color| **color == qrcode::Color::Dark).count();
                if run > 0 {
                    path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE));
                }
                x += run.max(1);
            }
        }
        let size = u32::try_from(width + 2 * QUIET_ZONE).map_err(|_| AppError::SyncServerUrl)?;
        Ok(QrDto { size, path })
    }
}

impl PairingCodeDto {
    /// The offer as the card shows it.
    pub fn new(offer: &Offer) -> Result<PairingCodeDto, AppError> {
        Ok(PairingCodeDto {
            code: offer.invitation.code.clone(),
            expires_in: offer.expires_in,
            qr: QrDto::of(&offer.invitation.to_text())?,
        })
    }
}

/// Where sync stands, one line of text each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SyncStateDto {
    /// No server is set.
    Off,
    /// Waiting for Wi-Fi.
    Wifi,
    /// No connection; redialing by itself.
    Offline,
    /// Connected, something still to send.
    Syncing,
    /// Connected, everything sent.
    Done,
}

impl From<SyncState> for SyncStateDto {
    fn from(state: SyncState) -> SyncStateDto {
        match state {
            SyncState::Off => SyncStateDto::Off,
            SyncState::WaitingForWifi => SyncStateDto::Wifi,
            SyncState::Offline => SyncStateDto::Offline,
            SyncState::Syncing => SyncStateDto::Syncing,
            SyncState::UpToDate => SyncStateDto::Done,
        }
    }
}

pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![SyncStatusDto::decl(cfg), SyncStateDto::decl(cfg), PairingCodeDto::decl(cfg), QrDto::decl(cfg)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_code_is_a_square_path_of_dark_runs_inside_its_quiet_zone() {
        let qr = QrDto::of("mirai-pair:ABCDEFGH?server=wss%3A%2F%2Fsync.example.org%2Fsync").expect("qr");
        // 56 bytes at level M need version 4: 33 modules, plus the quiet zone on both sides.
        assert_eq!(qr.size, 33 + 8);
        // The top-left finder pattern: a 7-module dark run at the quiet zone's corner.
        assert!(qr.path.starts_with("M4 4h7v1h-7z"), "{}", &qr.path[..40]);
        let corners: Vec<(usize, usize)> = qr
            .path
            .split('M')
            .filter(|part| !part.is_empty())
            .map(|part| {
                let mut numbers = part.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty());
                let mut next = || numbers.next().and_then(|n| n.parse().ok()).expect("a number");
                (next(), next())
            })
            .collect();
        assert!(corners.iter().all(|&(x, y)| (4..37).contains(&x) && (4..37).contains(&y)), "inside the quiet zone");
        assert_ne!(QrDto::of("mirai-pair:ABCDEFGJ").expect("qr"), QrDto::of("mirai-pair:ABCDEFGH").expect("qr"));
    }
}
