-- Every instance keeps the hot path (session, viewer, connection, token) in memory and drops an
-- entry when the row behind it changes. The database says so itself, on commit, whichever code
-- (or person with psql) made the change: lib/db/change-feed.ts listens on this channel.
-- Payload: "<table>:<key>[:<key>]", the keys named by the trigger's arguments. The function body
-- writes its semicolons as \073 in an E'' string: the pg driver adapter the schema engine runs
-- migrations through splits a script at every semicolon, even inside quotes.
CREATE OR REPLACE FUNCTION dashboard_notify_change() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE rec jsonb\073 payload text\073 i int\073 BEGIN IF TG_OP = ''DELETE'' THEN rec := to_jsonb(OLD)\073 ELSE rec := to_jsonb(NEW)\073 END IF\073 payload := TG_TABLE_NAME\073 FOR i IN 0 .. TG_NARGS - 1 LOOP payload := payload || '':'' || coalesce(rec ->> TG_ARGV[i], '''')\073 END LOOP\073 PERFORM pg_notify(''dashboard_changes'', payload)\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Session_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION dashboard_notify_change('id');
CREATE TRIGGER "Membership_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION dashboard_notify_change('workspaceId', 'userId');
CREATE TRIGGER "User_notify_change" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION dashboard_notify_change('id');
CREATE TRIGGER "Workspace_notify_change" AFTER UPDATE OR DELETE ON "Workspace"
  FOR EACH ROW EXECUTE FUNCTION dashboard_notify_change('id');
CREATE TRIGGER "ZoomConnection_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ZoomConnection"
  FOR EACH ROW EXECUTE FUNCTION dashboard_notify_change('workspaceId', 'id');
