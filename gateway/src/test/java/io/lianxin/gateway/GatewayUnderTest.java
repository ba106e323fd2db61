package io.lianxin.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test of the gateway running on a random port in front of its own stand-ins (each class has its own). */
abstract class GatewayUnderTest {

  @LocalServerPort int port;
  GatewayClient gateway;

  /** This class's stand-ins, forgotten before each test. */
  abstract StandIns services();

  @BeforeEach
  void connect() {
    gateway = new GatewayClient(port);
    services().forgetAll();
  }
}
