# syntax=docker/dockerfile:1
# Build with the Maven wrapper on a JDK 17, run the layered Boot jar on a JRE 17 as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/careerpath-*.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 careerpath \
 && mkdir -p /data /guides && chown careerpath /data
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
USER careerpath
ENV CAREERPATH_DATA_DIR=/data CAREERPATH_GUIDES_DIR=/guides JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
