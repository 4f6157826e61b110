package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void anAddressWithAUserOrPasswordIsRefused() {
        assertThat(ServerAddress.check("https://ada:secret@couch.example.com:6984")).isInstanceOf(ServerAddress.CarriesCredentials.class);
        assertThat(ServerAddress.check("http://admin@127.0.0.1:5984")).isInstanceOf(ServerAddress.CarriesCredentials.class);
        assertThat(ServerAddress.check("https://ada:se cret@couch.example.com")).isInstanceOf(ServerAddress.CarriesCredentials.class);
    }

    @Test
    void plainHttpIsUnencryptedOnlyToAnotherComputer() {
        assertThat(ServerAddress.check("http://couch.example.com:5984")).isEqualTo(new ServerAddress.Valid(
                java.net.URI.create("http://couch.example.com:5984"), true));
        for (String local : new String[] {"http://127.0.0.1:5984", "http://localhost:5984", "http://[::1]:5984", "http://127.4.5.6"}) {
            assertThat(ServerAddress.check(local)).as(local).isInstanceOfSatisfying(ServerAddress.Valid.class,
                    v -> assertThat(v.unencrypted()).isFalse());
        }
        assertThat(ServerAddress.check("https://couch.example.com:6984")).isInstanceOfSatisfying(ServerAddress.Valid.class,
                v -> assertThat(v.unencrypted()).isFalse());
    }

    @Test
    void onlyHttpAddressesWithAHostAreAddresses() {
        assertThat(ServerAddress.check("ftp://couch.example.com")).isInstanceOf(ServerAddress.NotAnAddress.class);
        assertThat(ServerAddress.check("couch.example.com")).isInstanceOf(ServerAddress.NotAnAddress.class);
        assertThat(ServerAddress.check("")).isInstanceOf(ServerAddress.NotAnAddress.class);
    }
}
