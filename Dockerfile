# syntax=docker/dockerfile:1
# dlint's own image: docker build -t dlint . && docker run --rm -v "$PWD:/src" -w /src dlint check .

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY .mvn .mvn
COPY grammar grammar
COPY rules rules
COPY src/main src/main
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home --shell /usr/sbin/nologin dlint
COPY --from=build /build/target/dlint.jar /opt/dlint/dlint.jar
USER dlint
WORKDIR /src
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-jar", "/opt/dlint/dlint.jar"]
CMD ["check", "."]
