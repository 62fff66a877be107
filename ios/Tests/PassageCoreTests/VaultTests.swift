import Foundation
import XCTest
import PassageCore

/// The vault part of the user story, through the generated Swift API.
final class VaultTests: XCTestCase, @unchecked Sendable {
    func testUserStoryCreateDeviceSlotLockUnlockRecover() async throws {
        let tmp = try TempFolder()
        let keystore = InMemoryTokenKeyStore()

        // Create: unlocked, with a 12-word recovery phrase to show once.
        let created = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf)
        let words = created.recoveryPhrase.split(separator: " ")
        XCTAssertEqual(words.count, 12)
        XCTAssertTrue(words.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() })
        let vault = created.vault
        XCTAssertTrue(vault.isUnlocked())

        // Remember this device: a keyslot wrapped by the keystore.
        let device = try await vault.addDeviceSlot(keystore: keystore, alias: "passage-vault-key")
        XCTAssertEqual(device.kind, .device)

        let status = try vault.status()
        XCTAssertFalse(status.locked)
        XCTAssertEqual(status.vaultId.value.count, 32)
        XCTAssertEqual(status.slots.map(\.kind), [.passphrase, .recovery, .device])
        XCTAssertTrue(status.slots.contains(device))
        XCTAssertEqual(status.records, [])
        XCTAssertEqual(status.inTrash, 0)

        // Lock, then a wrong passphrase: a typed error, still locked.
        vault.lock()
        XCTAssertFalse(vault.isUnlocked())
        XCTAssertTrue(try vault.status().locked)
        let wrong = await passageError { try await vault.unlock(passphrase: "not the passphrase") }
        XCTAssertEqual(wrong, .WrongPassphrase)
        XCTAssertFalse(vault.isUnlocked())

        // The passphrase unlocks.
        try await vault.unlock(passphrase: passphrase)
        XCTAssertTrue(vault.isUnlocked())
        vault.lock()

        // So does the device keystore, without the passphrase.
        try await vault.unlockWithDevice(keystore: keystore)
        XCTAssertTrue(vault.isUnlocked())
        XCTAssertEqual(keystore.unwrapCalls, 1)
        vault.lock()

        // Later, on a fresh open: the recovery phrase, typed sloppily, unlocks.
        let reopened = try PassageVault.open(dir: tmp.vaultDir, config: fastKdf)
        XCTAssertFalse(reopened.isUnlocked())
        XCTAssertEqual(reopened.slots().count, 3)
        let sloppy = "  " + created.recoveryPhrase.uppercased().replacingOccurrences(of: " ", with: "   ") + "\n"
        try await reopened.unlock(passphrase: sloppy)
        XCTAssertTrue(reopened.isUnlocked())
        XCTAssertEqual(try reopened.status().vaultId, status.vaultId)
    }

    func testAKeystoreThatThrowsGivesATypedErrorNotACrash() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault

        let failed = await passageError { _ = try await vault.addDeviceSlot(keystore: BrokenKeyStore(), alias: "a") }
        guard case let .Io(reason)? = failed else {
            return XCTFail("expected Io, got \(String(describing: failed))")
        }
        XCTAssertTrue(reason.hasPrefix("device keystore"), reason)
        XCTAssertFalse(reason.contains("HardwareOnFire"), "foreign error text must not leak")
        XCTAssertEqual(vault.slots().count, 2)

        // A working slot, then unlocking through a broken keystore.
        _ = try await vault.addDeviceSlot(keystore: InMemoryTokenKeyStore(), alias: "a")
        vault.lock()
        let unlock = await passageError { try await vault.unlockWithDevice(keystore: BrokenKeyStore()) }
        guard case .Io? = unlock else { return XCTFail("expected Io, got \(String(describing: unlock))") }
        XCTAssertFalse(vault.isUnlocked())
        try await vault.unlock(passphrase: passphrase)  // the vault still works
        XCTAssertTrue(vault.isUnlocked())
    }

    func testKeystoreErrorsMapToVaultErrors() async throws {
        let tmp = try TempFolder()
        let keystore = InMemoryTokenKeyStore()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault

        // No device slot yet.
        vault.lock()
        let noSlot = await passageError { try await vault.unlockWithDevice(keystore: keystore) }
        guard case .NotFound? = noSlot else { return XCTFail("got \(String(describing: noSlot))") }
        try await vault.unlock(passphrase: passphrase)
        _ = try await vault.addDeviceSlot(keystore: keystore, alias: "k")
        vault.lock()

        // Another phone: no key under the alias.
        let otherPhone = await passageError { try await vault.unlockWithDevice(keystore: InMemoryTokenKeyStore()) }
        guard case .NotFound? = otherPhone else { return XCTFail("got \(String(describing: otherPhone))") }
        // The key was replaced.
        keystore.rotate(alias: "k")
        let rotated = await passageError { try await vault.unlockWithDevice(keystore: keystore) }
        XCTAssertEqual(rotated, .WrongPassphrase)
        XCTAssertFalse(vault.isUnlocked())
    }

    func testSlotChangesNeedAnUnlockedVault() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault
        vault.lock()
        let add = await passageError { _ = try await vault.addDeviceSlot(keystore: InMemoryTokenKeyStore(), alias: "k") }
        XCTAssertEqual(add, .Locked)
        let remove = await passageError { try vault.removeSlot(slotId: vault.slots()[0].id) }
        XCTAssertEqual(remove, .Locked)
    }

    func testChangePassphrase() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault
        let short = await passageError { try await vault.changePassphrase(old: passphrase, new: "short") }
        guard case let .InvalidInput(field, _)? = short else { return XCTFail("got \(String(describing: short))") }
        XCTAssertEqual(field, "passphrase")
        let wrongOld = await passageError {
            try await vault.changePassphrase(old: "not the passphrase", new: "a new long passphrase")
        }
        XCTAssertEqual(wrongOld, .WrongPassphrase)

        try await vault.changePassphrase(old: passphrase, new: "a new long passphrase")
        vault.lock()
        let old = await passageError { try await vault.unlock(passphrase: passphrase) }
        XCTAssertEqual(old, .WrongPassphrase)
        try await vault.unlock(passphrase: "a new long passphrase")
        XCTAssertTrue(vault.isUnlocked())
    }

    func testRemoveSlot() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault
        let device = try await vault.addDeviceSlot(keystore: InMemoryTokenKeyStore(), alias: "k")
        try vault.removeSlot(slotId: device.id)
        XCTAssertFalse(vault.slots().contains { $0.kind == .device })
        let again = await passageError { try vault.removeSlot(slotId: device.id) }
        guard case .NotFound? = again else { return XCTFail("got \(String(describing: again))") }

        let slots = vault.slots()
        try vault.removeSlot(slotId: slots[1].id)  // the recovery slot
        let last = await passageError { try vault.removeSlot(slotId: slots[0].id) }
        guard case let .InvalidInput(field, _)? = last else { return XCTFail("got \(String(describing: last))") }
        XCTAssertEqual(field, "keyslot")
        XCTAssertEqual(vault.slots(), [slots[0]])
    }

    func testCreateAndOpenErrors() async throws {
        let tmp = try TempFolder()
        let missing = await passageError { _ = try PassageVault.open(dir: tmp.vaultDir) }
        guard case .NotFound? = missing else { return XCTFail("got \(String(describing: missing))") }

        for bad: UInt8 in [0, 21] {
            let e = await passageError {
                _ = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: VaultConfig(kdfLogN: bad))
            }
            guard case let .InvalidInput(field, _)? = e else { return XCTFail("got \(String(describing: e))") }
            XCTAssertEqual(field, "kdf_log_n")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.vaultDir), "a refused create writes nothing")

        _ = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf)
        let again = await passageError {
            _ = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf)
        }
        guard case .AlreadyExists? = again else { return XCTFail("got \(String(describing: again))") }
    }

    func testTheDefaultKdfIsTheCores() async throws {
        XCTAssertEqual(VaultConfig().kdfLogN, 16)
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase).vault
        vault.lock()
        try await vault.unlock(passphrase: passphrase)
        XCTAssertTrue(vault.isUnlocked())
    }
}
