-- add_column of type string(100)
ALTER TABLE "SAMPLES" ADD COLUMN "V" VARCHAR(100);

-- add_column of type string
ALTER TABLE "SAMPLES" ADD COLUMN "V" VARCHAR;

-- add_column of type text
ALTER TABLE "SAMPLES" ADD COLUMN "V" VARCHAR;

-- add_column of type integer
ALTER TABLE "SAMPLES" ADD COLUMN "V" INTEGER;

-- add_column of type bigint
ALTER TABLE "SAMPLES" ADD COLUMN "V" BIGINT;

-- add_column of type smallint
ALTER TABLE "SAMPLES" ADD COLUMN "V" SMALLINT;

-- add_column of type boolean
ALTER TABLE "SAMPLES" ADD COLUMN "V" BOOLEAN;

-- add_column of type numeric(10, 2)
ALTER TABLE "SAMPLES" ADD COLUMN "V" NUMERIC(10, 2);

-- add_column of type numeric(12)
ALTER TABLE "SAMPLES" ADD COLUMN "V" NUMERIC(12);

-- add_column of type numeric
ALTER TABLE "SAMPLES" ADD COLUMN "V" NUMERIC;

-- add_column of type float
ALTER TABLE "SAMPLES" ADD COLUMN "V" REAL;

-- add_column of type float(53)
ALTER TABLE "SAMPLES" ADD COLUMN "V" FLOAT(53);

-- add_column of type double
ALTER TABLE "SAMPLES" ADD COLUMN "V" DOUBLE PRECISION;

-- add_column of type date
ALTER TABLE "SAMPLES" ADD COLUMN "V" DATE;

-- add_column of type time
ALTER TABLE "SAMPLES" ADD COLUMN "V" TIME;

-- add_column of type time(3)
ALTER TABLE "SAMPLES" ADD COLUMN "V" TIME(3);

-- add_column of type timestamp
ALTER TABLE "SAMPLES" ADD COLUMN "V" TIMESTAMP;

-- add_column of type timestamp(6)
ALTER TABLE "SAMPLES" ADD COLUMN "V" TIMESTAMP(6);

-- add_column of type timestamp with time zone
ALTER TABLE "SAMPLES" ADD COLUMN "V" TIMESTAMP WITH TIME ZONE;

-- add_column of type timestamptz(3)
ALTER TABLE "SAMPLES" ADD COLUMN "V" TIMESTAMP(3) WITH TIME ZONE;

-- add_column of type uuid
ALTER TABLE "SAMPLES" ADD COLUMN "V" UUID;

-- add_column of type json
ALTER TABLE "SAMPLES" ADD COLUMN "V" JSON;

-- add_column of type jsonb
ALTER TABLE "SAMPLES" ADD COLUMN "V" JSON;

-- add_column of type binary
ALTER TABLE "SAMPLES" ADD COLUMN "V" VARBINARY;

-- add_column of type binary(16)
ALTER TABLE "SAMPLES" ADD COLUMN "V" VARBINARY(16);

-- add_column of type inet
ALTER TABLE "SAMPLES" ADD COLUMN "V" inet;

-- add_column of type integer unsigned
ALTER TABLE "SAMPLES" ADD COLUMN "V" integer unsigned;

-- add_column of type enum('a', 'b')
ALTER TABLE "SAMPLES" ADD COLUMN "V" enum('a', 'b');

-- a NOT NULL timestamp with time zone and a default
ALTER TABLE "SAMPLES" ADD COLUMN "AT" TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

