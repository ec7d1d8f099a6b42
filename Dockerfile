# Wirestream services image: the same jar as ./wirestream, one service per container
# (see docker-compose.yml). Build: docker build -t wirestream .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package -pl local -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 wirestream
COPY --from=build /src/local/target/wirestream.jar /opt/wirestream/wirestream.jar
USER wirestream
WORKDIR /var/lib/wirestream
ENTRYPOINT ["java", "-jar", "/opt/wirestream/wirestream.jar"]
CMD ["--help"]
