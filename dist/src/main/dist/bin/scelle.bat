@echo off
rem scelle launcher (Windows): runs the scelle command with the JVM in JAVA_HOME, or the first
rem java.exe on the PATH. Needs Java 17 or newer. Extra JVM options: SCELLE_JAVA_OPTS.
setlocal
set "SCELLE_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java.exe"
)
"%JAVA%" %SCELLE_JAVA_OPTS% "-Dscelle.home=%SCELLE_HOME%" -cp "%SCELLE_HOME%\lib\*" org.scelle.cli.Scelle %*
exit /b %ERRORLEVEL%
