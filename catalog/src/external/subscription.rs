//! Subscriptions: a materialized external table watching its directory and loading each new
//! file once. The state (active or paused; no subscription when absent) is a small object in
//! the catalog, `subscriptions/NAME.json`, that `pause`, `resume` and `cancel` change and the
//! running subscriber reads between polls. Which files are loaded is in the table's commits,
//! so a subscriber killed at any moment and started again loads every file exactly once.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use super::def::Mode;
use super::ingest::{known_sources, IngestReport, Selection};
use super::sources;
use crate::catalog::Catalog;
use crate::error::{Error, Result};

/// A subscription's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Active,
    Paused,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Paused => "paused",
        }
    }
}

fn state_path(name: &str) -> String {
    format!("subscriptions/{name}.json")
}

/// How a subscriber polls.
#[derive(Debug, Clone, Copy)]
pub struct Watch {
    /// Time between listings of the directory.
    pub interval: Duration,
    /// A file is loaded once its size and modification time have not changed for this long
    /// (files renamed into place can use zero).
    pub settle: Duration,
    /// Load what is there (settled) and return, instead of watching.
    pub once: bool,
}

/// What a subscriber reports as it runs.
#[derive(Debug)]
pub enum Event {
    Loaded(Box<IngestReport>),
    Paused,
    Resumed,
    Cancelled,
}

impl Catalog {
    /// The table's subscription state, if it has one.
    pub fn subscription(&self, name: &str) -> Result<Option<State>> {
        let Some(bytes) = self.store.get(&state_path(name))? else { return Ok(None) };
        let value: serde_json::Value = serde_json::from_slice(&bytes)?;
        Ok(match value.get("state").and_then(|s| s.as_str()) {
            Some("paused") => Some(State::Paused),
            _ => Some(State::Active),
        })
    }

    /// Sets (or with `None`, cancels) a table's subscription.
    pub fn set_subscription(&self, name: &str, state: Option<State>) -> Result<()> {
        let info = self.table(name, None)?;
        if !info.def.external.as_ref().is_some_and(|e| e.mode == Mode::Materialized) {
            return Err(Error::InvalidArgument(format!(
                "'{name}' is not a materialized external table: only those can subscribe to their files"
            )));
        }
        match state {
            Some(state) => {
                let body = serde_json::json!({ "state": state.as_str() }).to_string();
                self.store.put(&state_path(name), bytes::Bytes::from(body))
            }
            None => self.store.delete(&state_path(name)),
        }
    }

    /// Runs a subscription until it is cancelled (or, with `watch.once`, one pass).
    pub fn subscribe(&self, name: &str, watch: Watch, on_event: &mut dyn FnMut(&Event)) -> Result<()> {
        if self.subscription(name)?.is_none() {
            self.set_subscription(name, Some(State::Active))?;
        }
        let path = self
            .table(name, None)?
            .def
            .external
            .map(|e| e.path)
            .ok_or_else(|| Error::InvalidArgument(format!("'{name}' is not an external table")))?;
        // Files seen but not yet settled: (size, modified) when first seen that way, and when.
        let mut pending: HashMap<String, ((u64, i64), Instant)> = HashMap::new();
        let mut paused = false;
        loop {
            match self.subscription(name)? {
                None => {
                    on_event(&Event::Cancelled);
                    return Ok(());
                }
                Some(State::Paused) => {
                    if !paused {
                        paused = true;
                        on_event(&Event::Paused);
                    }
                }
                Some(State::Active) => {
                    if paused {
                        paused = false;
                        on_event(&Event::Resumed);
                    }
                    let known = known_sources(&self.table(name, None)?);
                    let now = Instant::now();
                    let mut ready = HashSet::new();
                    let listed = sources::list(&path)?;
                    pending.retain(|p, _| listed.iter().any(|s| &s.path == p));
                    for source in listed.into_iter().filter(|s| !known.contains_key(&s.path)) {
                        let identity = (source.size, source.modified);
                        let entry = pending.entry(source.path.clone()).or_insert((identity, now));
                        if entry.0 != identity {
                            *entry = (identity, now);
                        }
                        if now.duration_since(entry.1) >= watch.settle {
                            ready.insert(source.path);
                        }
                    }
                    if !ready.is_empty() {
                        let report = self.refresh_only(name, Selection::New, Some(&ready), false, &|_| {})?;
                        for p in &report.loaded_files {
                            pending.remove(p);
                        }
                        on_event(&Event::Loaded(Box::new(report)));
                    }
                    if watch.once && pending.is_empty() {
                        return Ok(());
                    }
                }
            }
            std::thread::sleep(watch.interval);
        }
    }
}
