//! Where the CLI gets secrets: a no-echo prompt, or environment variables
//! for scripts and tests (less safe: other processes of the same user may
//! read a process's environment).

use passage_core::vault::VaultOptions;
use passage_core::Error;
use secrecy::SecretString;

/// Reads a secret from `env_var` if set, else prompts without echo.
pub fn read_secret(env_var: &str, prompt: &str) -> Result<SecretString, Error> {
    if let Ok(v) = std::env::var(env_var) {
        return Ok(SecretString::from(v));
    }
    rpassword::prompt_password(prompt)
        .map(SecretString::from)
        .map_err(|_| {
            Error::invalid(
                "passphrase",
                format!("no terminal to ask it; set {env_var}"),
            )
        })
}

pub fn passphrase() -> Result<SecretString, Error> {
    read_secret("PASSAGE_PASSPHRASE", "Passphrase: ")
}

/// Vault options for the CLI. `PASSAGE_KDF_LOG_N` lowers the scrypt work
/// factor of new keyslots: for tests only, it weakens the passphrase slot.
pub fn vault_options() -> Result<VaultOptions, Error> {
    let mut options = VaultOptions::default();
    if let Ok(v) = std::env::var("PASSAGE_KDF_LOG_N") {
        options.log_n = v
            .parse()
            .ok()
            .filter(|n| (1..=passage_core::vault::MAX_LOG_N).contains(n))
            .ok_or_else(|| Error::invalid("PASSAGE_KDF_LOG_N", "must be a number from 1 to 20"))?;
    }
    Ok(options)
}
