import CryptoKit
import Foundation
import PassageCore
import Security

/// The core's device keystore on iOS (`DeviceKeyStore` of the bindings).
///
/// - Where the phone has a Secure Enclave: one P-256 key per alias, made
///   inside the enclave (the private key never leaves it), usable only
///   while the phone is unlocked, on this device only. `wrap` encrypts to
///   its public key with ECIES (X9.63 SHA-256 KDF, AES-GCM with a variable
///   IV); `unwrap` decrypts inside the enclave.
/// - Otherwise (simulator, very old phones): one random 256-bit AES key per
///   alias, stored as a Keychain generic password with
///   `kSecAttrAccessibleWhenUnlockedThisDeviceOnly` (never in backups,
///   never on another phone); `wrap` is AES-GCM with the alias as
///   associated data.
///
/// Wrapped bytes start with a tag byte saying which of the two made them.
/// Errors: a missing key is `KeyNotFound` (the core then asks for the
/// passphrase), bytes that do not decrypt are `UnwrapFailed`, anything else
/// `Failed` with a fixed text (never a secret). The secrets passed to
/// `wrap` are the vault's keys: nothing here stores or logs them.
final class KeychainDeviceKeyStore: DeviceKeyStore, @unchecked Sendable {
    private enum Tag: UInt8 {
        case enclave = 1
        case keychainAES = 2
    }

    /// A neutral service name: the Keychain's item list is visible to
    /// forensic tools.
    private let service = "app.keys"

    func wrap(alias: String, secret: Data) throws -> Data {
        if SecureEnclave.isAvailable {
            let privateKey = try enclaveKey(alias: alias) ?? createEnclaveKey(alias: alias)
            guard let publicKey = SecKeyCopyPublicKey(privateKey) else {
                throw DeviceKeyStoreError.Failed(reason: "no public key for the enclave key")
            }
            var error: Unmanaged<CFError>?
            guard
                let sealed = SecKeyCreateEncryptedData(
                    publicKey, .eciesEncryptionCofactorVariableIVX963SHA256AESGCM, secret as CFData, &error)
            else {
                error?.release()
                throw DeviceKeyStoreError.Failed(reason: "enclave encryption failed")
            }
            return Data([Tag.enclave.rawValue]) + (sealed as Data)
        }
        let key = try aesKey(alias: alias) ?? createAESKey(alias: alias)
        let box: AES.GCM.SealedBox
        do {
            box = try AES.GCM.seal(secret, using: key, authenticating: Data(alias.utf8))
        } catch {
            throw DeviceKeyStoreError.Failed(reason: "AES-GCM encryption failed")
        }
        guard let combined = box.combined else {  // nil only for a non-standard nonce size
            throw DeviceKeyStoreError.Failed(reason: "AES-GCM output")
        }
        return Data([Tag.keychainAES.rawValue]) + combined
    }

    func unwrap(alias: String, wrapped: Data) throws -> Data {
        guard let first = wrapped.first, let tag = Tag(rawValue: first) else {
            throw DeviceKeyStoreError.UnwrapFailed
        }
        let body = wrapped.dropFirst()
        switch tag {
        case .enclave:
            guard let privateKey = try enclaveKey(alias: alias) else { throw DeviceKeyStoreError.KeyNotFound }
            var error: Unmanaged<CFError>?
            guard
                let plain = SecKeyCreateDecryptedData(
                    privateKey, .eciesEncryptionCofactorVariableIVX963SHA256AESGCM, Data(body) as CFData, &error)
            else {
                error?.release()
                throw DeviceKeyStoreError.UnwrapFailed
            }
            return plain as Data
        case .keychainAES:
            guard let key = try aesKey(alias: alias) else { throw DeviceKeyStoreError.KeyNotFound }
            do {
                let box = try AES.GCM.SealedBox(combined: body)
                return try AES.GCM.open(box, using: key, authenticating: Data(alias.utf8))
            } catch {
                throw DeviceKeyStoreError.UnwrapFailed
            }
        }
    }

    /// Deletes both kinds of key for `alias`; a key that is not there is fine.
    func delete(alias: String) throws {
        let enclave = SecItemDelete(enclaveQuery(alias: alias) as CFDictionary)
        let aes = SecItemDelete(passwordQuery(alias: alias) as CFDictionary)
        for status in [enclave, aes] where status != errSecSuccess && status != errSecItemNotFound {
            throw DeviceKeyStoreError.Failed(reason: "Keychain delete failed (\(status))")
        }
    }

    // MARK: Secure Enclave key

    private func tag(_ alias: String) -> Data { Data("app.keys.\(alias)".utf8) }

    private func enclaveQuery(alias: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassKey,
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrApplicationTag as String: tag(alias),
        ]
    }

    private func enclaveKey(alias: String) throws -> SecKey? {
        var query = enclaveQuery(alias: alias)
        query[kSecReturnRef as String] = true
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let item, CFGetTypeID(item) == SecKeyGetTypeID() else {
            throw DeviceKeyStoreError.Failed(reason: "Keychain lookup failed (\(status))")
        }
        return (item as! SecKey)
    }

    private func createEnclaveKey(alias: String) throws -> SecKey {
        var error: Unmanaged<CFError>?
        guard
            let access = SecAccessControlCreateWithFlags(
                nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .privateKeyUsage, &error)
        else {
            error?.release()
            throw DeviceKeyStoreError.Failed(reason: "access control")
        }
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: tag(alias),
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            error?.release()
            throw DeviceKeyStoreError.Failed(reason: "enclave key creation failed")
        }
        return key
    }

    // MARK: Keychain AES key (no Secure Enclave)

    private func passwordQuery(alias: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
        ]
    }

    private func aesKey(alias: String) throws -> SymmetricKey? {
        var query = passwordQuery(alias: alias)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let data = item as? Data, data.count == 32 else {
            throw DeviceKeyStoreError.Failed(reason: "Keychain read failed (\(status))")
        }
        return SymmetricKey(data: data)
    }

    private func createAESKey(alias: String) throws -> SymmetricKey {
        var bytes = Data(count: 32)
        let random = bytes.withUnsafeMutableBytes { SecRandomCopyBytes(kSecRandomDefault, 32, $0.baseAddress!) }
        guard random == errSecSuccess else { throw DeviceKeyStoreError.Failed(reason: "no random bytes") }
        var item = passwordQuery(alias: alias)
        item[kSecValueData as String] = bytes
        item[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        let status = SecItemAdd(item as CFDictionary, nil)
        guard status == errSecSuccess else {
            throw DeviceKeyStoreError.Failed(reason: "Keychain write failed (\(status))")
        }
        return SymmetricKey(data: bytes)
    }
}
