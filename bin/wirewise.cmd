@echo off
rem Runs Wirewise from a source checkout, after "mvnw package" (add -DskipTests to skip tests).
setlocal
set "ROOT=%~dp0.."
set "TARGET=%ROOT%\target"
if not exist "%TARGET%\wirewise.jar" (
  echo wirewise: not built yet; run mvnw package -DskipTests first 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" ^
  --add-exports javafx.graphics/com.sun.glass.ui=ALL-UNNAMED ^
  --add-exports javafx.graphics/com.sun.glass.events=ALL-UNNAMED ^
  --add-exports javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED ^
  --add-exports javafx.graphics/com.sun.glass.utils=ALL-UNNAMED ^
  --add-exports javafx.graphics/com.sun.javafx.util=ALL-UNNAMED ^
  --add-exports javafx.base/com.sun.javafx.logging=ALL-UNNAMED ^
  --module-path "%TARGET%\wirewise.jar;%TARGET%\lib" ^
  --class-path "%TARGET%\headless\*" ^
  -m org.wirewise/org.wirewise.Main %*
exit /b %ERRORLEVEL%
