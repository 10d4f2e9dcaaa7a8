-- Database roles: what the agent and the desktop may do, enforced by PostgreSQL rather than by trust.
--
--   monps_agent_role    reads everything; writes odds_h2h, matches, opportunities, api_requests, job_runs and
--                       scheduled_tasks; records bets (its API has POST /bets/place) and updates them (settlement,
--                       CLV, PATCH /bets/{id}/update); never deletes a bet.
--   monps_desktop_role  reads everything; records, edits, settles manually and deletes bets; cannot write odds,
--                       matches or opportunities, nor the CLV columns the agent computes, nor settle 'auto'.
--
-- Both are NOLOGIN group roles. Roles belong to the whole cluster, so they are created only when missing, and only
-- when the migrating account may create roles (superuser or CREATEROLE); otherwise a NOTICE says so and a DBA creates
-- them (see the README, "Database roles"). The grants below apply whenever the roles exist. Logins are members:
--   CREATE ROLE monps_agent   LOGIN PASSWORD '...' IN ROLE monps_agent_role;
--   CREATE ROLE monps_desktop LOGIN PASSWORD '...' IN ROLE monps_desktop_role;

DO $$
DECLARE
    may_create boolean;
    role_name  text;
BEGIN
    SELECT rolsuper OR rolcreaterole INTO may_create FROM pg_roles WHERE rolname = current_user;
    FOREACH role_name IN ARRAY ARRAY['monps_agent_role', 'monps_desktop_role'] LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name);
        IF NOT may_create THEN
            RAISE NOTICE 'role % is missing and % may not create roles: skipped (a DBA creates it, then reruns the grants of V50)',
                role_name, current_user;
            CONTINUE;
        END IF;
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        EXCEPTION WHEN duplicate_object THEN
            NULL; -- created meanwhile by a migration of another database of the same cluster
        END;
    END LOOP;
END;
$$;

DO $$
BEGIN
    IF to_regrole('monps_agent_role') IS NOT NULL THEN
        GRANT USAGE ON SCHEMA public TO monps_agent_role;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO monps_agent_role;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO monps_agent_role;
        GRANT INSERT, UPDATE, DELETE ON odds_h2h, matches, opportunities, api_requests, job_runs TO monps_agent_role;
        GRANT INSERT, UPDATE ON bets TO monps_agent_role;
        IF to_regclass('scheduled_tasks') IS NOT NULL THEN
            GRANT INSERT, UPDATE, DELETE ON scheduled_tasks TO monps_agent_role;
        END IF;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO monps_agent_role;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO monps_agent_role;
    END IF;

    IF to_regrole('monps_desktop_role') IS NOT NULL THEN
        GRANT USAGE ON SCHEMA public TO monps_desktop_role;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO monps_desktop_role;
        GRANT INSERT, DELETE ON bets TO monps_desktop_role;
        GRANT UPDATE (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake, bookmaker,
                      edge_pct, patron_score, patron_confidence, agent_recommended, opportunity_id, status, result,
                      final_score, payout, profit, settled_by, notes, placed_at, settled_at, updated_at)
            ON bets TO monps_desktop_role;
        GRANT USAGE, SELECT ON SEQUENCE bets_id_seq TO monps_desktop_role;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO monps_desktop_role;
    END IF;
END;
$$;

-- Column privileges cannot restrict values: an automatic settlement ('auto') may be written only by the agent's
-- role, the owner of the table (the account that runs the migrations) or a superuser. Anyone else who changes a
-- settlement must sign it 'manual'.
CREATE FUNCTION monps_guard_auto_settlement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.settled_by IS DISTINCT FROM 'auto' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.status, OLD.result, OLD.final_score, OLD.payout, OLD.profit, OLD.settled_by, OLD.settled_at)
                 IS NOT DISTINCT FROM (NEW.status, NEW.result, NEW.final_score, NEW.payout, NEW.profit, NEW.settled_by, NEW.settled_at) THEN
        RETURN NEW; -- an edit of other columns of an automatically settled bet
    END IF;
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
       OR coalesce(pg_has_role(current_user, to_regrole('monps_agent_role'), 'MEMBER'), false) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'only the agent settles bets automatically: % may not write settled_by = ''auto'' (bet %); sign a manual settlement ''manual''',
        current_user, NEW.id
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER bets_guard_auto_settlement BEFORE INSERT OR UPDATE ON bets
    FOR EACH ROW EXECUTE FUNCTION monps_guard_auto_settlement();
