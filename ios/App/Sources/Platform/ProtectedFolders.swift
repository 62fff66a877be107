import Foundation

/// The app's folders: the vaults under Application Support, created with
/// complete file protection (unreadable while the phone is locked; the
/// entitlement makes it the default for every file too) and excluded from
/// iCloud and iTunes backups (a backup is the person's own choice, through
/// Passage's encrypted backup file).
enum ProtectedFolders {
    static func applicationSupport() throws -> URL {
        try FileManager.default.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
    }

    /// Where the vault folders live (created on first use).
    static func vaultsRoot() throws -> URL {
        try protectedFolder(applicationSupport().appendingPathComponent("vaults", isDirectory: true))
    }

    /// The small preferences file (language, neutral icon): no secrets.
    static func settingsFile() throws -> URL {
        try protectedFolder(applicationSupport().appendingPathComponent("settings", isDirectory: true))
            .appendingPathComponent("settings.json")
    }

    /// Temporary copies handed over by the document picker land here until
    /// the model has imported (and deleted) them.
    static func importInbox() throws -> URL {
        try protectedFolder(FileManager.default.temporaryDirectory.appendingPathComponent("inbox", isDirectory: true))
    }

    /// Backup, share and summary files wait here for the document picker
    /// or the printer (ShellEnvironment.cacheDir); the models delete them.
    static func sharingOutbox() throws -> URL {
        try protectedFolder(FileManager.default.temporaryDirectory.appendingPathComponent("outbox", isDirectory: true))
    }

    /// At start: removes what a crash left in the outbox (a summary there
    /// is plaintext).
    static func clearSharingOutbox() {
        try? FileManager.default.removeItem(
            at: FileManager.default.temporaryDirectory.appendingPathComponent("outbox", isDirectory: true))
    }

    private static func protectedFolder(_ url: URL) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(
            at: url, withIntermediateDirectories: true,
            attributes: [.protectionKey: FileProtectionType.complete])
        // Also for a folder made by an older version.
        try fm.setAttributes([.protectionKey: FileProtectionType.complete], ofItemAtPath: url.path)
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        var folder = url
        try folder.setResourceValues(values)
        return folder
    }
}
