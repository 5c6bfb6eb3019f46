FROM debian:bookworm-slim
# Removing another directory, removing before the cd, or a plain rm: the cd still stays.
RUN cd /opt/tool && make install && rm -rf /tmp/deps
# expect: SH504 3:5
RUN rm -rf /opt/app && mkdir /opt/app && cd /opt/app && make install
# expect: SH504 5:42
RUN cd /opt/tool && make install && rm /opt/tool/build.log
# expect: SH504 7:5
RUN cd /opt/tool/sub && make && rm -rf /opt/tool-old
# expect: SH504 9:5
