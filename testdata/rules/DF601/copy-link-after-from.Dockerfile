FROM alpine:3.20 AS base
COPY --from=build /out /out
COPY --link src/ /src/
# expect: DF601 3:6
