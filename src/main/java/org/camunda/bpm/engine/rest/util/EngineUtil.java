/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.camunda.bpm.engine.rest.util;

import jakarta.ws.rs.core.Response.Status;
import java.util.Iterator;
import java.util.ServiceLoader;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * KSTTHC's copy of Camunda 7.24.0's {@code EngineUtil} (camunda-engine-rest-core-jakarta), which
 * it replaces on the class path (the application's classes come before its libraries, in the
 * packaged jar as in the tests; {@code EngineUtilTest} checks that this copy is the one loaded and
 * that Camunda is still 7.24.0). The only change: the provider found by the {@link ServiceLoader}
 * is remembered for the class loader it was found with.
 *
 * <p>Why: Camunda's REST API looks its engine up on every call, and several times per call (its
 * authentication filter, then the constructor of every sub-resource, {@code
 * AbstractRestProcessEngineAware}), and each look-up ran a {@code ServiceLoader} over the class
 * path: in the Spring Boot jar that searches every nested library for the services file and opens
 * one, about 5 % of the CPU of a task's start and completion (issue 23). No other hook avoids it:
 * the sub-resources call this class from their constructors.
 *
 * <p>Why it answers as before: the libraries of a running application do not change, so the
 * loader finds the same first provider every time (in the packaged jar the webapp's {@code
 * ContainerManagedProcessEngineProvider}; the starter's {@code SpringBootProcessEngineProvider} is
 * the other one); both keep no state and ask {@code ProcessEngines} on each call, so a named engine ({@code default}) and an unknown name (null: 404 from the filter, 400
 * from a resource) are answered as before, and an engine registered later is found. The provider
 * is kept per class loader (the threads' context loader, as {@link ServiceLoader#load(Class)}
 * uses): another loader looks up afresh, and no provider found is never remembered (500 as
 * before).
 */
public class EngineUtil {

  private record Found(ClassLoader loader, ProcessEngineProvider provider) {}

  /** The last provider found, with the loader it was found with; one entry, it pins no other loader. */
  private static volatile Found found;

  /**
   * Look up the process engine from the {@link ProcessEngineProvider}. If engineName is null, the default engine is returned.
   */
  public static ProcessEngine lookupProcessEngine(String engineName) {
    ProcessEngineProvider provider = provider(
        "Could not find an implementation of the " + ProcessEngineProvider.class + "- SPI");
    return engineName == null ? provider.getDefaultProcessEngine() : provider.getProcessEngine(engineName);
  }

  public static ProcessEngineProvider getProcessEngineProvider() {
    return provider("No process engine provider found");
  }

  private static ProcessEngineProvider provider(String noneFound) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Found last = found;
    if (last != null && last.loader() == loader) {
      return last.provider();
    }
    Iterator<ProcessEngineProvider> providers = ServiceLoader.load(ProcessEngineProvider.class, loader).iterator();
    if (!providers.hasNext()) {
      throw new RestException(Status.INTERNAL_SERVER_ERROR, noneFound);
    }
    ProcessEngineProvider provider = providers.next();
    found = new Found(loader, provider);
    return provider;
  }
}
