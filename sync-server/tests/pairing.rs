//! Pairing as the app does it (`mirai_sync::pairing`), against the real server process: a
//! device that never synced gets no code; once it has, its code (read back from the QR code's
//! text, typed in lower case with a space) makes a second device act for the same account; a
//! wrong or used code, too many tries and a server that is gone are each told apart; and
//! neither the code nor the account is in the server's log.

mod common;

use ed25519_dalek::SigningKey;
use mirai_sync::gate::own_account;
use mirai_sync::pairing::{self, Invitation, PairingError};

use common::devices::device;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_from_a_synced_device_links_a_second_one_and_each_failure_is_told_apart() {
    let data = tempfile::tempdir().expect("server data");
    let (server, addr) = common::start_server(data.path(), "debug");
    let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");

    let stranger = SigningKey::from_bytes(&[41; 32]);
    let refused = pairing::offer(&stranger, &sync_url).await;
    assert!(matches!(refused, Err(PairingError::UnknownDevice)), "{refused:?}");

    // The phone syncs once; then the server hands it a code.
    let phone = device(42, &sync_url).await;
    let mut offer = None;
    for _ in 0..100 {
        match pairing::offer(&phone.key, &sync_url).await {
            Ok(given) => {
                offer = Some(given);
                break;
            }
            Err(PairingError::UnknownDevice) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
            Err(error) => panic!("{error:?}"),
        }
    }
    let offer = offer.expect("the synced phone gets a code");
    assert_eq!(offer.expires_in, 600);
    assert_eq!(offer.invitation.server.as_ref(), Some(&sync_url));

    // The laptop reads the QR code's text, or the code as the person typed it.
    let scanned = Invitation::parse(&offer.invitation.to_text()).expect("the QR text reads back");
    assert_eq!(scanned, offer.invitation);
    let code = &offer.invitation.code;
    let typed = format!("{} {}", &code[..4], &code[4..]).to_lowercase();
    assert_eq!(Invitation::parse(&typed).expect("typed").code, *code);

    let laptop = SigningKey::from_bytes(&[43; 32]);
    let wrong = pairing::redeem(&laptop, &sync_url, "ZZZZZZZZ").await;
    assert!(matches!(wrong, Err(PairingError::WrongCode)), "{wrong:?}");
    let account = pairing::redeem(&laptop, &sync_url, code).await.expect("the laptop is linked");
    assert_eq!(account, own_account(&phone.key.verifying_key().to_bytes()), "the phone's account");
    let used = pairing::redeem(&laptop, &sync_url, code).await;
    assert!(matches!(used, Err(PairingError::WrongCode)), "a code is good once: {used:?}");

    // The laptop now acts for that account: it may ask for codes without ever having synced.
    assert!(pairing::offer(&laptop, &sync_url).await.is_ok(), "a linked device is known");

    // Guessing stops: after the server's failure budget even a good code waits.
    let mut last = None;
    for _ in 0..40 {
        last = Some(pairing::redeem(&laptop, &sync_url, "ZZZZZZZZ").await);
        if matches!(last, Some(Err(PairingError::TooManyTries))) {
            break;
        }
    }
    assert!(matches!(last, Some(Err(PairingError::TooManyTries))), "{last:?}");

    let (_, stdout, stderr) = server.kill();
    for output in [&stdout, &stderr] {
        assert!(!output.contains(code.as_str()), "the code is not logged");
        assert!(!output.contains(&account), "the account is not logged");
    }
    let gone = pairing::offer(&phone.key, &sync_url).await;
    assert!(matches!(gone, Err(PairingError::Offline(_))), "{gone:?}");
    let gone = pairing::redeem(&laptop, &sync_url, code).await;
    assert!(matches!(gone, Err(PairingError::Offline(Some(_)))), "offline");
    assert!(!format!("{gone:?}").contains(code.as_str()), "the error does not carry the code");
}
