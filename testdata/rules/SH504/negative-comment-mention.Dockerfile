FROM debian:bookworm-slim
# cd /tmp && make would be wrong here
RUN echo "cd /tmp" > /notes.txt
