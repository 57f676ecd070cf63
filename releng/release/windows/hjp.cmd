@echo off
rem The HJP Workbench command line: hjp help. Output on stdout, progress and errors on stderr.
setlocal
call "%~dp0lib\find-java.cmd" || exit /b 1
set "LAUNCHER="
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
set "CONFIG=%LOCALAPPDATA%\hjp-workbench\cli-configuration"
if not exist "%CONFIG%" mkdir "%CONFIG%"
"%JAVA_EXE%" -Xmx2g -Djava.awt.headless=true -Djava.util.logging.config.file="%~dp0lib\cli-logging.properties" ^
  -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area="%~dp0configuration" ^
  -jar "%LAUNCHER%" -configuration "%CONFIG%" -application org.hjp.workbench.cli.app -nosplash %*
exit /b %ERRORLEVEL%
