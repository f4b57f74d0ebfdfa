// Indexes for the lookups and filters the API offers: names, lifecycle, kinds, dates.
CREATE INDEX account_name IF NOT EXISTS FOR (n:Account) ON (n.name);
CREATE INDEX account_lifecycle IF NOT EXISTS FOR (n:Account) ON (n.lifecycle);
CREATE INDEX account_tier IF NOT EXISTS FOR (n:Account) ON (n.opportunityTier);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX sales_rep_name IF NOT EXISTS FOR (n:SalesRep) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX channel_name IF NOT EXISTS FOR (n:Channel) ON (n.name);
CREATE INDEX channel_kind IF NOT EXISTS FOR (n:Channel) ON (n.kind);
CREATE INDEX interaction_kind IF NOT EXISTS FOR (n:Interaction) ON (n.kind);
CREATE INDEX interaction_at IF NOT EXISTS FOR (n:Interaction) ON (n.at);
CREATE INDEX deal_status IF NOT EXISTS FOR (n:Deal) ON (n.status);
CREATE INDEX deal_closed_at IF NOT EXISTS FOR (n:Deal) ON (n.closedAt);
CREATE INDEX referred_at IF NOT EXISTS FOR ()-[r:REFERRED]-() ON (r.at);
