package be.passage.app.platform

import android.content.Context
import android.speech.tts.TextToSpeech
import be.passage.app.model.ReadAloudRequest
import java.util.Locale

/**
 * Reads a guide text aloud with the system's text-to-speech, in the
 * text's own language, and only if the phone has a voice for it (no
 * reading Tigrinya with an English voice). Nothing leaves the phone unless
 * the person installed a network voice.
 */
class SpeechReader(context: Context) {
    private var ready = false
    private val tts = TextToSpeech(context.applicationContext) { status -> ready = status == TextToSpeech.SUCCESS }

    /** False when the phone has no voice for this language (the view says nothing more). */
    fun speak(request: ReadAloudRequest): Boolean {
        if (!ready) return false
        val locale = Locale.forLanguageTag(request.language)
        if (tts.isLanguageAvailable(locale) < TextToSpeech.LANG_AVAILABLE) return false
        tts.language = locale
        val max = TextToSpeech.getMaxSpeechInputLength()
        request.text.split('\n').filter(String::isNotBlank).flatMap { it.chunked(max) }.forEachIndexed { i, part ->
            tts.speak(part, if (i == 0) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD, null, "passage-$i")
        }
        return true
    }

    fun stop() {
        tts.stop()
    }

    fun shutdown() {
        tts.shutdown()
    }
}
