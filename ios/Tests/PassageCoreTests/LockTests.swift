import Foundation
import XCTest
import PassageCore

/// PIN with attempt delays, duress PIN opening a decoy, several vaults, panic wipe.
final class LockTests: XCTestCase, @unchecked Sendable {
    func testPinDelaysDuressDecoyAndPanicWipe() async throws {
        let tmp = try TempFolder()
        let keystore = InMemoryTokenKeyStore()
        let root = tmp.root.appendingPathComponent("vaults").path
        let real = try await createVault(dir: newVaultPath(root: root), passphrase: passphrase, config: fastKdf).vault
        try real.setLabel(label: "Amina")
        try await real.setPin(pin: "2468", keystore: keystore)
        real.lock()

        for _ in 0..<5 {
            do {
                _ = try await real.unlockWithPin(pin: "1111", keystore: keystore)
                XCTFail("a wrong PIN must be refused")
            } catch PassageError.WrongPassphrase {}
        }
        do {
            _ = try await real.unlockWithPin(pin: "2468", keystore: keystore)
            XCTFail("the sixth try must wait")
        } catch PassageError.RetryLater(let seconds) {
            XCTAssertGreaterThan(seconds, 0)
        }
        try await real.unlock(passphrase: passphrase)
        real.lock()
        guard case .unlocked = try await real.unlockWithPin(pin: "2468", keystore: keystore) else {
            return XCTFail("the right PIN must unlock")
        }

        let decoy = try await createVault(dir: newVaultPath(root: root), passphrase: "decoy passphrase 1", config: fastKdf).vault
        _ = try decoy.journalAdd(event: JournalEventInput(kind: "appointment", date: "2026-03-20"), today: "2026-03-13")
        try await real.setDuressPin(duressPin: "9999", keystore: keystore, decoy: decoy, destroyReal: true)
        decoy.lock()
        real.lock()
        guard case .opened(let shown) = try await real.unlockWithPin(pin: "9999", keystore: keystore) else {
            return XCTFail("the duress PIN must open the decoy")
        }
        XCTAssertEqual(try shown.journalTimeline().map { $0.kind }, ["appointment"])
        do {
            try await real.unlock(passphrase: passphrase)
            XCTFail("the real vault's keys must be gone")
        } catch PassageError.WrongPassphrase {}

        let listed = try listVaults(root: root)
        XCTAssertEqual(listed.count, 2)
        XCTAssertFalse(listed.contains { $0.neutralName.contains("Amina") })
        try await shown.panicWipe(keystore: keystore)
        XCTAssertEqual(try listVaults(root: root).count, 1)
    }
}
