-- The metrics aggregator rebuilds its windows at start-up from the work orders completed, and the stage visits
-- finished, inside the window; it counts work orders by status on every reconciliation. These indexes keep all three
-- a range read whatever the history size.
CREATE INDEX work_order_completed ON work_order (completed_at);
CREATE INDEX work_order_status ON work_order (status);
CREATE INDEX stage_visit_exited ON stage_visit (exited_at);
