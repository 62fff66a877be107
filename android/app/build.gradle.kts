// The Passage Android app: thin Compose views over the screen-state models
// (src/main/kotlin/be/passage/app/model, plain Kotlin, tested on a plain JVM
// by scripts/test-kotlin.sh) and the platform parts (Android Keystore,
// notifications, camera, per-app language). The core comes from
// :passage-core, whose preBuild runs cargo ndk + uniffi-bindgen.
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "be.passage.app"
    compileSdk = 35

    defaultConfig {
        applicationId = "be.passage.app"
        minSdk = 24
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        // Only the nine languages of the app keep their resources.
        resourceConfigurations += listOf("en", "nl", "fr", "es", "ar", "fa", "ps", "so", "ti")
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        // java.time (dates in the models, reminder times) below API 26.
        isCoreLibraryDesugaringEnabled = true
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }

    sourceSets {
        getByName("main") { java.srcDir("src/main/kotlin") }
        getByName("test") { java.srcDir("src/test/kotlin") }
    }

    testOptions {
        unitTests.isReturnDefaultValues = true
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    coreLibraryDesugaring(libs.desugar.jdk.libs)
    implementation(project(":passage-core"))
    implementation(libs.kotlinx.coroutines.android)
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.appcompat)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.lifecycle.process)
    implementation(libs.androidx.lifecycle.runtime.compose)
    implementation(libs.androidx.work.runtime.ktx)
    implementation(libs.play.services.code.scanner)
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.ui)
    implementation(libs.compose.foundation)
    implementation(libs.compose.material3)

    // The model tests on the desktop JVM against a host build of the core
    // (the same tests scripts/test-kotlin.sh runs without Gradle).
    testImplementation(libs.jna)
    testImplementation(libs.junit)
    testImplementation(kotlin("test-junit"))
}

tasks.withType<Test>().configureEach {
    systemProperty("jna.library.path", rootProject.projectDir.parentFile.resolve("target/debug").absolutePath)
}
