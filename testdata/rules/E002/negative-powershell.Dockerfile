FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN $ErrorActionPreference = 'Stop'; if (Test-Path C:\x) { Write-Host "{" }
