ALTER TABLE kpi
    ADD COLUMN IF NOT EXISTS in_app_delivery_code VARCHAR(15);
