groupadd app
useradd -g app app
