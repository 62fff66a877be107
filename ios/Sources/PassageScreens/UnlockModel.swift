import Foundation
import PassageCore

/// The lock screen: the PIN (or the passphrase / recovery words). A wrong
/// entry shows a short error; after too many wrong PINs the core asks to
/// wait, and the screen counts down with the button disabled. The duress
/// PIN opens the decoy, which the app then shows like any vault.
@MainActor
public final class UnlockModel: ScreenModel {
    public enum Mode: Equatable, Sendable {
        case pin, passphrase
    }

    public struct State: Equatable {
        public var title: String
        public var mode: Mode
        public var entryLabel: String
        public var switchLabel: String
        public var submitLabel: String
        public var direction: WritingDirection
        public var entry = ""
        public var error: String?
        /// "3 wrong tries."
        public var failuresText: String?
        /// Seconds left before the next PIN try (0: may try).
        public var waitSeconds: UInt64 = 0
        /// "Too many tries. Wait 30 seconds."
        public var waitText: String?
        public var isWorking = false
        /// The unlock button is enabled.
        public var canSubmit = false
        /// The vault has a PIN (else only the passphrase works).
        public var hasPin = false
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let vault: PassageVault
    private let environment: ShellEnvironment
    private let texts: Texts
    private let unlocked: @MainActor (PassageVault) -> Void
    private var waitUntil: Date?

    init(
        vault: PassageVault, environment: ShellEnvironment, texts: Texts,
        unlocked: @escaping @MainActor (PassageVault) -> Void
    ) {
        self.vault = vault
        self.environment = environment
        self.texts = texts
        self.unlocked = unlocked
        let hasPin = (try? vault.status().slots.contains { $0.kind == .pin }) ?? false
        state = State(
            title: texts("unlock-title"), mode: hasPin ? .pin : .passphrase, entryLabel: "", switchLabel: "",
            submitLabel: texts("button-unlock"), direction: texts.direction, hasPin: hasPin)
        relabel()
    }

    /// When the screen shows: the attempt counter (a wait survives restarts).
    public func appear() async {
        guard state.mode == .pin else { return }
        await refreshAttempts()
    }

    public func setEntry(_ text: String) {
        state.entry = text
        refresh()
    }

    /// "Use the passphrase" / "Use the PIN code".
    public func switchMode() {
        guard state.hasPin else { return }
        state.mode = state.mode == .pin ? .passphrase : .pin
        state.entry = ""
        state.error = nil
        relabel()
    }

    /// From a one-second timer while a wait shows.
    public func tick() {
        refresh()
    }

    public func submit() async {
        guard state.canSubmit else { return }
        let entry = state.entry
        state.isWorking = true
        state.error = nil
        refresh()
        defer {
            state.isWorking = false
            refresh()
        }
        do {
            let opened: PassageVault
            switch state.mode {
            case .pin:
                switch try await vault.unlockWithPin(pin: entry, keystore: environment.keystore) {
                case .unlocked: opened = vault
                case .opened(let other): opened = other
                }
            case .passphrase:
                try await vault.unlock(passphrase: entry)
                opened = vault
            }
            state.entry = ""
            state.failuresText = nil
            waitUntil = nil
            // Finish or undo imports a kill interrupted (README of the FFI).
            _ = try? await opened.attachmentsRecover()
            unlocked(opened)
        } catch PassageError.WrongPassphrase {
            state.entry = ""
            state.error = texts("unlock-wrong")
            if state.mode == .pin { await refreshAttempts() }
        } catch PassageError.RetryLater(let seconds) {
            startWait(seconds)
        } catch PassageError.Corrupt where state.mode == .pin {
            // The PIN counter is missing or damaged: only the passphrase
            // opens (and repairs it). Nothing was deleted.
            usePassphrase()
        } catch PassageError.NotFound where state.mode == .pin {
            // The keystore key is gone (another phone, a restored backup):
            // the PIN cannot work any more; the passphrase still does.
            usePassphrase()
        } catch PassageError.Corrupt {
            state.error = texts("unlock-damaged")
        } catch {
            state.error = texts.error(error)
        }
    }

    private func usePassphrase() {
        state.mode = .passphrase
        state.entry = ""
        state.error = texts("unlock-use-passphrase")
        relabel()
    }

    private func refreshAttempts() async {
        guard let attempts = try? await vault.pinAttempts(keystore: environment.keystore) else { return }
        state.failuresText = attempts.failures == 0
            ? nil : texts("unlock-failures", .number(name: "count", value: Double(attempts.failures)))
        if attempts.waitSeconds > 0 { startWait(attempts.waitSeconds) }
    }

    private func startWait(_ seconds: UInt64) {
        waitUntil = environment.now().addingTimeInterval(TimeInterval(seconds))
        refresh()
    }

    private func relabel() {
        switch state.mode {
        case .pin:
            state.entryLabel = texts("unlock-pin")
            state.switchLabel = texts("unlock-use-passphrase")
        case .passphrase:
            state.entryLabel = texts("unlock-passphrase")
            state.switchLabel = state.hasPin ? texts("unlock-use-pin") : ""
        }
        refresh()
    }

    /// The countdown and the button: a wait applies to the PIN only.
    private func refresh() {
        var left: UInt64 = 0
        if let until = waitUntil {
            let remaining = until.timeIntervalSince(environment.now())
            if remaining > 0 { left = UInt64(remaining.rounded(.up)) } else { waitUntil = nil }
        }
        let waiting = left > 0 && state.mode == .pin
        state.waitSeconds = waiting ? left : 0
        state.waitText = waiting ? texts("unlock-wait", .number(name: "seconds", value: Double(left))) : nil
        state.canSubmit = !state.entry.isEmpty && !state.isWorking && !waiting
    }
}
