// Gradle build of the Android app (:app) and its library (:passage-core).
// Not run in CI: the machine has no Android SDK. The Kotlin API is tested on
// a plain JVM by scripts/test-kotlin.sh instead.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "passage-android"
include(":passage-core")
include(":app")
