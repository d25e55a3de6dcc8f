# Production image: build with the Maven Wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -ntp package -DskipTests && cp target/kaoping-*.jar /kaoping.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app kaoping
WORKDIR /app
COPY --from=build /kaoping.jar /app/kaoping.jar
USER kaoping
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kaoping.jar"]
