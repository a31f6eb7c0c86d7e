package org.careerpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CareerPathApplication {

	public static void main(String[] args) {
		SpringApplication.run(CareerPathApplication.class, args);
	}

}
