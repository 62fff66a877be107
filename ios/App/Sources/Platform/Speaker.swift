import AVFoundation

/// Read aloud through the system voice, where one exists for the language
/// (the reader hides the button otherwise). Nothing is sent anywhere: iOS
/// speech synthesis runs on the phone.
@MainActor
final class Speaker: NSObject, ObservableObject {
    private let synthesizer = AVSpeechSynthesizer()

    /// A voice exists for this language code (`fa`, `ti`, ...).
    static func hasVoice(for language: String) -> Bool {
        AVSpeechSynthesisVoice.speechVoices().contains { $0.language.hasPrefix(language) }
    }

    func speak(_ text: String, language: String) {
        guard let voice = AVSpeechSynthesisVoice.speechVoices().first(where: { $0.language.hasPrefix(language) })
        else { return }
        synthesizer.stopSpeaking(at: .immediate)
        let utterance = AVSpeechUtterance(string: text)
        utterance.voice = voice
        synthesizer.speak(utterance)
    }

    func stop() {
        synthesizer.stopSpeaking(at: .immediate)
    }
}
