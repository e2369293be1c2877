//! `GET /metrics`: counters in the Prometheus text format (version 0.0.4). Only counts: no
//! document ids, device keys or addresses, so the endpoint can be scraped by an operator's
//! monitoring without carrying anything about a worker.

use std::fmt::Write;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

/// One metric: name, type, help, value.
type Metric = (&'static str, &'static str, &'static str, u64);

/// The exposition text for `metrics`.
fn render(metrics: &[Metric]) -> String {
    let mut text = String::new();
    for (name, kind, help, value) in metrics {
        // Writing to a String cannot fail.
        let _ = writeln!(text, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
    }
    text
}

/// `GET /metrics`.
pub(crate) async fn metrics(State(state): State<AppState>) -> Response {
    let up = u64::from(state.storage().health().await.is_ok());
    let mut metrics: Vec<Metric> = vec![
        ("mirai_storage_up", "gauge", "1 when the database answers.", up),
        ("mirai_websocket_sessions", "gauge", "Open WebSocket sessions.", state.live_connections() as u64),
    ];
    if let Some(stats) = state.sync().map(|sync| sync.engine.stats()) {
        metrics.extend([
            ("mirai_sync_connections", "gauge", "Connections the sync engine holds.", stats.connections),
            ("mirai_sync_documents_loaded", "gauge", "Documents in memory.", stats.documents),
            ("mirai_sync_documents_quarantined", "gauge", "Documents quarantined after a panic.", stats.quarantined),
            ("mirai_sync_frames_received_total", "counter", "Frames received from peers.", stats.frames_in),
            ("mirai_sync_bytes_received_total", "counter", "Bytes received from peers.", stats.bytes_in),
            ("mirai_sync_frames_sent_total", "counter", "Frames sent to peers.", stats.frames_out),
            ("mirai_sync_bytes_sent_total", "counter", "Bytes sent to peers.", stats.bytes_out),
            (
                "mirai_sync_frames_refused_total",
                "counter",
                "Frames from peers refused by the access gate.",
                stats.frames_refused,
            ),
            (
                "mirai_sync_frames_held_back_total",
                "counter",
                "Frames to peers held back by the access gate.",
                stats.frames_held_back,
            ),
            (
                "mirai_sync_connections_closed_total",
                "counter",
                "Connections the server closed.",
                stats.closed_by_server,
            ),
            ("mirai_sync_batches_total", "counter", "Write batches committed.", stats.batches),
            (
                "mirai_sync_batches_failed_total",
                "counter",
                "Write batches that failed and restarted the engine.",
                stats.failed_batches,
            ),
        ]);
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], render(&metrics)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_metric_has_help_type_and_value() {
        let text = render(&[("mirai_x_total", "counter", "Things.", 3)]);
        assert_eq!(text, "# HELP mirai_x_total Things.\n# TYPE mirai_x_total counter\nmirai_x_total 3\n");
    }
}
