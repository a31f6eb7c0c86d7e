# syntax=docker/dockerfile:1
# Build with the Maven wrapper on a JDK 17; run on a JRE 17 as a non-root user, on PostgreSQL (the postgres profile,
# configured by environment), starting from a Class Data Sharing archive made by a training run at build time.
# The same steps, outside Docker, are what deploy/proxy-journey and bench/ measure (see README "Running in production").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/careerpath-*.jar extract --layers --destination target/extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 careerpath \
 && mkdir -p /data /guides /app && chown careerpath /data /app
WORKDIR /app
# Boot's layers, least often changed first, so a new release rebuilds only the last ones
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
USER careerpath
# Training run: start the application up to a refreshed context (on a throw-away H2 database) and write the classes
# it loaded to a CDS archive, which later starts read instead of loading and verifying those classes again.
RUN mv careerpath-*.jar careerpath.jar \
 && java -XX:ArchiveClassesAtExit=careerpath.jsa -Dspring.context.exit=onRefresh -jar careerpath.jar \
      --careerpath.data-dir=/tmp/training --spring.main.banner-mode=off --logging.level.root=warn \
 && rm -rf /tmp/training
ENV SPRING_PROFILES_ACTIVE=postgres \
    CAREERPATH_DB_URL=jdbc:postgresql://db:5432/careerpath \
    CAREERPATH_DATA_DIR=/data CAREERPATH_GUIDES_DIR=/guides \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=careerpath.jsa", "-Xshare:auto", "-jar", "careerpath.jar"]
