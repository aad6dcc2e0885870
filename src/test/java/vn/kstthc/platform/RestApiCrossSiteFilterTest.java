package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RestApiCrossSiteFilterTest {

  final RestApiCrossSiteFilter filter = new RestApiCrossSiteFilter("https://kstthc.tinh.gov.vn");

  static MockHttpServletRequest request(String method, String... headers) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/engine-rest/deployment/create");
    request.addHeader("Host", "127.0.0.1:8080");
    for (int i = 0; i < headers.length; i += 2) {
      request.addHeader(headers[i], headers[i + 1]);
    }
    return request;
  }

  @Test
  void aBrowserWritingForAnotherSiteIsRefused() {
    assertThat(filter.refused(request("POST", "Origin", "https://ke-gian.example", "Sec-Fetch-Site", "cross-site"))).isTrue();
    assertThat(filter.refused(request("DELETE", "Origin", "https://ke-gian.example"))).isTrue();
    assertThat(filter.refused(request("POST", "Origin", "null"))).as("sandboxed frame").isTrue();
    assertThat(filter.refused(request("PUT", "Sec-Fetch-Site", "same-site"))).isTrue();
    assertThat(filter.refused(request("POST", "Origin", "https://tinh.gov.vn.ke-gian.example"))).isTrue();
  }

  @Test
  void sameOriginScriptsModelerAndTheCustomHeaderPass() {
    assertThat(filter.refused(request("POST"))).as("curl, scripts").isFalse();
    assertThat(filter.refused(request("POST", "Origin", "http://127.0.0.1:8080", "Sec-Fetch-Site", "same-origin"))).isFalse();
    assertThat(filter.refused(request("POST", "Origin", "https://kstthc.tinh.gov.vn"))).as("behind a proxy").isFalse();
    assertThat(filter.refused(request("POST", "Origin", "file://", "Sec-Fetch-Site", "cross-site"))).as("Modeler").isFalse();
    assertThat(filter.refused(request("POST", "Origin", "https://cong-cu.example", "X-Requested-By", "cong-cu"))).isFalse();
    assertThat(filter.refused(request("GET", "Origin", "https://ke-gian.example", "Sec-Fetch-Site", "cross-site"))).isFalse();
  }
}
