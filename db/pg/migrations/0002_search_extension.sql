-- Search needs pg_trgm (trigram similarity and its GIN operator class). It is a trusted extension
-- (PostgreSQL 13+): the database owner may create it. On a managed PostgreSQL that does not allow
-- it, an administrator runs CREATE EXTENSION pg_trgm in this database once (README).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
