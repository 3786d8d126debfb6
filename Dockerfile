# syntax=docker/dockerfile:1
# Build: docker build -t autocaption .
# Run:   docker run -v autocaption-data:/data -v $PWD/autocaption.yaml:/data/autocaption.yaml autocaption run

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY config/pom.xml config/
COPY store/pom.xml store/
COPY inference/pom.xml inference/
COPY workshop/pom.xml workshop/
COPY simulator/pom.xml simulator/
COPY bot/pom.xml bot/
RUN mvn -B -ntp -q dependency:go-offline -DexcludeArtifactIds=autocaption-config,autocaption-store,autocaption-inference,autocaption-workshop,autocaption-simulator || true
COPY config config
COPY store store
COPY inference inference
COPY workshop workshop
COPY simulator simulator
COPY bot bot
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre-jammy
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin autocaption \
    && mkdir -p /data /opt/autocaption \
    && chown autocaption /data
COPY --from=build /src/bot/target/autocaption.jar /opt/autocaption/autocaption.jar
COPY models /opt/autocaption/models
COPY autocaption.example.yaml /opt/autocaption/
# The repository's own launcher, with the jar given: it binds the store to loopback and drops TensorFlow's two absl
# start-up lines exactly as it does outside the container.
COPY --chmod=755 autocaption /usr/local/bin/autocaption
USER autocaption
WORKDIR /data
VOLUME ["/data"]
ENV AUTOCAPTION_HOME=/opt/autocaption \
    AUTOCAPTION_JAR=/opt/autocaption/autocaption.jar \
    JAVA_OPTS=-Dorg.bytedeco.javacpp.cachedir=/data/.javacpp \
    TF_CPP_MIN_LOG_LEVEL=2
# `autocaption health` asks the review page's /health when web.enabled (bind 0.0.0.0 with web.token in a container),
# else reads the daemon's heartbeat in the store; no curl or wget needed in the image.
HEALTHCHECK --interval=30s --timeout=15s --start-period=60s --retries=3 CMD ["autocaption", "health", "--quiet"]
ENTRYPOINT ["autocaption"]
CMD ["--help"]
