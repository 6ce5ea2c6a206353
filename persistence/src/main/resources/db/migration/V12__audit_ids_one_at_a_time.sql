-- Audit entries take their ids one at a time, like every other table: on the embedded H2 database EclipseLink refused
-- a block of 50 ("increment does not match its pre-allocation size") and the audit of the run command lost its writes.
ALTER SEQUENCE audit_entry_seq INCREMENT BY 1;
