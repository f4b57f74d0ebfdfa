// Visits before a moment (overdue accounts) are found through one index on kind and time.
CREATE INDEX interaction_kind_at IF NOT EXISTS FOR (n:Interaction) ON (n.kind, n.at);
