# Builds and runs Guanxi. Used by docker-compose.yml; point it at Neo4j with NEO4J_URI.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/guanxi-*.jar /app/guanxi.jar
EXPOSE 8080
# Ready when the service has started and its graph database answers (no sign-in needed for this probe)
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-Xmx1g", "-jar", "/app/guanxi.jar"]
