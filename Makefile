# The seed guide's targets, working on the sample application (sample-app/).
#
#   make migrate msg="Add new field"   new revision in sample-app/src/main/resources/db/revisions
#   make db-upgrade                    upgrade to head
#   make db-downgrade                  downgrade one revision
#   make db-reset                      downgrade to base, then upgrade to head
#   make db-current / make db-history  where the database is, and the history
#   make psql                          a SQL shell on the database
#   make run                           run the sample application on the same database
#   make test                          the tests (./mvnw verify)
#
# The database outlives each command: an H2 file under sample-app/data by default, shared by the
# command line and the running application; PostgreSQL with, for example,
#   make db-upgrade DB_URL=jdbc:postgresql://127.0.0.1:5432/sample DB_USER=postgres

SHELL := /bin/bash
MVNW := ./mvnw
CLI_JAR := migration-cli/target/migration.jar
APP_JAR := sample-app/target/sample-app.jar
APP_CLASSES := sample-app/target/classes

DB_URL ?= jdbc:h2:file:$(CURDIR)/sample-app/data/sample;AUTO_SERVER=TRUE
DB_USER ?= sa
DB_PASSWORD ?=

# The command line, run from the sample application's folder: it reads its revisions (and its
# compiled Java revisions) from there.
MIGRATION = cd sample-app && MIGRATION_URL='$(DB_URL)' MIGRATION_USER='$(DB_USER)' \
	MIGRATION_PASSWORD='$(DB_PASSWORD)' ../bin/migration

.PHONY: migrate db-upgrade db-downgrade db-reset db-current db-history psql run test build clean-db

build:
	$(MVNW) -q -pl migration-cli,sample-app -am -DskipTests package

$(CLI_JAR) $(APP_JAR) $(APP_CLASSES):
	$(MVNW) -q -pl migration-cli,sample-app -am -DskipTests package

migrate: $(CLI_JAR)
	@if [ -z "$(msg)" ]; then echo 'usage: make migrate msg="Add new field"' >&2; exit 2; fi
	$(MIGRATION) revision -m "$(msg)"

db-upgrade: $(CLI_JAR) $(APP_CLASSES)
	$(MIGRATION) upgrade head

db-downgrade: $(CLI_JAR) $(APP_CLASSES)
	$(MIGRATION) downgrade -1

db-reset: $(CLI_JAR) $(APP_CLASSES)
	$(MIGRATION) downgrade base
	$(MIGRATION) upgrade head

db-current: $(CLI_JAR) $(APP_CLASSES)
	$(MIGRATION) current -v

db-history: $(CLI_JAR) $(APP_CLASSES)
	$(MIGRATION) history -i

psql: $(CLI_JAR)
	@case '$(DB_URL)' in \
	  jdbc:postgresql:*) url='$(DB_URL)'; psql "$${url#jdbc:}" -U '$(DB_USER)' ;; \
	  jdbc:h2:*) java -cp $(CLI_JAR) org.h2.tools.Shell -url '$(DB_URL)' -user '$(DB_USER)' -password '$(DB_PASSWORD)' ;; \
	  *) echo "make psql knows PostgreSQL and H2 URLs, not $(DB_URL)" >&2; exit 2 ;; \
	esac

run: $(APP_JAR)
	SPRING_DATASOURCE_URL='$(DB_URL)' SPRING_DATASOURCE_USERNAME='$(DB_USER)' \
		SPRING_DATASOURCE_PASSWORD='$(DB_PASSWORD)' java -jar $(APP_JAR)

test:
	$(MVNW) verify

clean-db:
	rm -rf sample-app/data
