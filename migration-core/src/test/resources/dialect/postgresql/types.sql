-- add_column of type string(100)
ALTER TABLE samples ADD COLUMN v VARCHAR(100);

-- add_column of type string
ALTER TABLE samples ADD COLUMN v VARCHAR;

-- add_column of type text
ALTER TABLE samples ADD COLUMN v TEXT;

-- add_column of type integer
ALTER TABLE samples ADD COLUMN v INTEGER;

-- add_column of type bigint
ALTER TABLE samples ADD COLUMN v BIGINT;

-- add_column of type smallint
ALTER TABLE samples ADD COLUMN v SMALLINT;

-- add_column of type boolean
ALTER TABLE samples ADD COLUMN v BOOLEAN;

-- add_column of type numeric(10, 2)
ALTER TABLE samples ADD COLUMN v NUMERIC(10, 2);

-- add_column of type numeric(12)
ALTER TABLE samples ADD COLUMN v NUMERIC(12);

-- add_column of type numeric
ALTER TABLE samples ADD COLUMN v NUMERIC;

-- add_column of type float
ALTER TABLE samples ADD COLUMN v REAL;

-- add_column of type float(53)
ALTER TABLE samples ADD COLUMN v FLOAT(53);

-- add_column of type double
ALTER TABLE samples ADD COLUMN v DOUBLE PRECISION;

-- add_column of type date
ALTER TABLE samples ADD COLUMN v DATE;

-- add_column of type time
ALTER TABLE samples ADD COLUMN v TIME;

-- add_column of type time(3)
ALTER TABLE samples ADD COLUMN v TIME(3);

-- add_column of type timestamp
ALTER TABLE samples ADD COLUMN v TIMESTAMP WITHOUT TIME ZONE;

-- add_column of type timestamp(6)
ALTER TABLE samples ADD COLUMN v TIMESTAMP(6) WITHOUT TIME ZONE;

-- add_column of type timestamp with time zone
ALTER TABLE samples ADD COLUMN v TIMESTAMPTZ;

-- add_column of type timestamptz(3)
ALTER TABLE samples ADD COLUMN v TIMESTAMPTZ(3);

-- add_column of type uuid
ALTER TABLE samples ADD COLUMN v UUID;

-- add_column of type json
ALTER TABLE samples ADD COLUMN v JSON;

-- add_column of type jsonb
ALTER TABLE samples ADD COLUMN v JSONB;

-- add_column of type binary
ALTER TABLE samples ADD COLUMN v BYTEA;

-- add_column of type binary(16)
ALTER TABLE samples ADD COLUMN v BYTEA;

-- add_column of type inet
ALTER TABLE samples ADD COLUMN v inet;

-- add_column of type integer unsigned
ALTER TABLE samples ADD COLUMN v integer unsigned;

-- add_column of type enum('a', 'b')
ALTER TABLE samples ADD COLUMN v enum('a', 'b');

-- a NOT NULL timestamp with time zone and a default
ALTER TABLE samples ADD COLUMN at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP NOT NULL;

